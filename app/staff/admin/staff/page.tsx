// Admins: every staff account with role, locations, second factor and state; a link to each
// account's page and to a new one; and whether the admin role must sign in with the second factor.
import type { Metadata } from "next";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { Button, ButtonLink } from "@/components/ui/buttons";
import { listStaffAccounts, ROLE_NAMES, securitySettings, staffPage, type StaffAccount } from "@/lib/staff";

export const metadata: Metadata = { title: "Dienstkonten" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  created: "Das Dienstkonto ist angelegt. Es kann sich sofort anmelden.",
  "security-saved": "Die Einstellung ist gespeichert.",
  "security-unchanged": "Die Einstellung war schon so gespeichert.",
};

const COLUMNS: StaffColumn<StaffAccount>[] = [
  {
    heading: "Name",
    cell: (account) => (
      <a href={`/staff/admin/staff/${account.id}`} aria-label={`${account.name} bearbeiten`}>
        {account.name}
      </a>
    ),
  },
  { heading: "E-Mail", cell: (account) => account.email, className: "whitespace-nowrap" },
  { heading: "Rolle", cell: (account) => ROLE_NAMES[account.role] },
  {
    heading: "Standorte",
    // An admin sees every location (lib/staff/locations.ts); another account without one sees none until one is given.
    cell: (account) =>
      account.role === "admin"
        ? "alle (Administration)"
        : account.locations.map((location) => location.name).join(", ") || "noch keiner",
  },
  { heading: "Zweiter Faktor", cell: (account) => (account.hasSecondFactor ? "eingerichtet" : "nein") },
  { heading: "Status", cell: (account) => (account.active ? "aktiv" : <strong>deaktiviert</strong>) },
];

export default async function StaffAccountsPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const {
    data: [accounts, settings],
  } = await staffPage("staff-accounts.manage", {
    returnTo: "/staff/admin/staff",
    view: {
      load: () => Promise.all([listStaffAccounts(), securitySettings()]),
      event: ([accounts]) => ({
        action: "staff.listed",
        citizenId: null,
        object: { type: "staff_user", id: null },
        details: { count: accounts.length },
      }),
    },
  });
  const { result } = await searchParams;
  const notice = result ? NOTICES[result] : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold">Dienstkonten</h1>
      <p className="mt-2">
        Eine Änderung der Rolle oder eine Deaktivierung gilt ab der nächsten Seite, die die Person aufruft. Dienstkonten
        werden nicht gelöscht, damit das Protokoll sie weiter nennt.
      </p>
      {notice ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          {notice}
        </p>
      ) : null}
      <div className="mt-4">
        <ButtonLink href="/staff/admin/staff/new">Neues Dienstkonto anlegen</ButtonLink>
      </div>
      <p className="mt-6" data-total={accounts.length}>
        {accounts.length === 1 ? "1 Dienstkonto" : `${accounts.length} Dienstkonten`}, davon{" "}
        {accounts.filter((account) => account.active).length} aktiv; die aktiven zuerst, nach Namen.
      </p>
      <StaffTable
        caption="Alle Dienstkonten"
        columns={COLUMNS}
        rows={accounts}
        rowKey={(account) => account.id}
        empty="Es gibt noch keine Dienstkonten."
      />

      <section aria-labelledby="security-heading" className="mt-10">
        <h2 id="security-heading" className="text-xl font-bold">
          Zweiter Faktor für die Administration
        </h2>
        <p className="mt-2">
          {settings.adminRequiresTotp
            ? "Eingeschaltet: Konten mit der Rolle Administration melden sich mit Passwort und Code aus einer Authenticator-App an. Wer noch keinen zweiten Faktor hat, richtet ihn nach der nächsten Anmeldung zuerst ein."
            : "Ausgeschaltet: Konten mit der Rolle Administration können sich mit dem Passwort allein anmelden, wenn sie keinen zweiten Faktor eingerichtet haben."}
        </p>
        <form method="post" action="/staff/admin/security" className="mt-3">
          <input type="hidden" name="adminRequiresTotp" value={settings.adminRequiresTotp ? "0" : "1"} />
          <Button variant="secondary">
            {settings.adminRequiresTotp ? "Nicht mehr verlangen" : "Für die Administration verlangen"}
          </Button>
        </form>
      </section>
    </>
  );
}
