// Admins: one staff account: role and locations, deactivate or reactivate, a reset link or a new
// password (which its owner changes at the next sign-in), reset a lost second factor.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/buttons";
import { ChoiceGroup, TextField } from "@/components/ui/fields";
import {
  findStaffAccount,
  listLocationChoices,
  PASSWORD_PROBLEM_TEXTS,
  RESET_LINK_HOURS,
  ROLE_NAMES,
  staffPage,
} from "@/lib/staff";

export const metadata: Metadata = { title: "Dienstkonto" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, { text: string; problem?: boolean }> = {
  saved: { text: "Gespeichert. Die Änderung gilt ab der nächsten Seite, die die Person aufruft." },
  unchanged: { text: "Es gab nichts zu ändern." },
  "own-account": {
    text: "Ihr eigenes Konto können Sie nicht deaktivieren und nicht in eine andere Rolle setzen: Bitten Sie eine andere Person der Administration.",
    problem: true,
  },
  "invalid-role": { text: "Bitte wählen Sie eine Rolle.", problem: true },
  "invalid-locations": { text: "Ein gewählter Standort existiert nicht mehr. Bitte wählen Sie erneut.", problem: true },
  "password-set": {
    text: "Das neue Passwort gilt. Die Person ist überall abgemeldet, meldet sich damit neu an und wählt dann ein eigenes Passwort.",
  },
  "reset-link-sent": {
    text: `Der Link zum Zurücksetzen ist im Postausgang und geht an die E-Mail-Adresse des Kontos. Er gilt ${RESET_LINK_HOURS} Stunden und nur einmal; ein früher gesendeter Link gilt nicht mehr.`,
  },
  inactive: {
    text: "Ein deaktiviertes Dienstkonto bekommt keinen Link zum Zurücksetzen. Reaktivieren Sie es zuerst.",
    problem: true,
  },
  ...Object.fromEntries(Object.entries(PASSWORD_PROBLEM_TEXTS).map(([code, text]) => [code, { text, problem: true }])),
};

export default async function StaffAccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ result?: string }>;
}) {
  const { id } = await params;
  const session = await staffPage("staff-accounts.manage", {
    returnTo: `/staff/admin/staff/${encodeURIComponent(id)}`,
  });
  const { result } = await searchParams;
  const [account, locations] = await Promise.all([findStaffAccount(id), listLocationChoices()]);
  if (!account) notFound();
  const notice = result ? NOTICES[result] : undefined;
  const own = account.id === session.staff.id;
  const base = `/staff/admin/staff/${account.id}`;
  return (
    <>
      <p>
        <a href="/staff/admin/staff">Zurück zu den Dienstkonten</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{account.name}</h1>
      <p className="mt-1 break-all">
        {account.email} · {account.active ? "aktiv" : "deaktiviert"} · Zweiter Faktor:{" "}
        {account.hasSecondFactor ? "eingerichtet" : "nein"}
      </p>
      {notice ? (
        <p
          role={notice.problem ? "alert" : "status"}
          className={`mt-4 border-s-4 p-3 ${notice.problem ? "border-accent" : "border-brand bg-surface"}`}
        >
          {notice.text}
        </p>
      ) : null}

      <form method="post" action={`${base}/update`} className="mt-6 max-w-xl">
        <h2 className="mb-3 text-xl font-bold">Rolle und Standorte</h2>
        <ChoiceGroup
          name="role"
          legend="Rolle"
          legendClassName="font-semibold"
          choices={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))}
          selected={[account.role]}
          required
        />
        <ChoiceGroup
          name="locations"
          legend="Standorte"
          legendClassName="font-semibold"
          multiple
          choices={locations.map((location) => ({ value: location.id, label: location.name }))}
          selected={account.locations.map((location) => location.id)}
        />
        <Button>Speichern</Button>
      </form>

      <section aria-labelledby="state-heading" className="mt-10">
        <h2 id="state-heading" className="text-xl font-bold">
          {account.active ? "Deaktivieren" : "Reaktivieren"}
        </h2>
        <p className="mt-2">
          {account.active
            ? "Die Person wird bei ihrer nächsten Anfrage abgemeldet und kann sich nicht mehr anmelden. Ihre Einträge im Protokoll bleiben."
            : "Die Person kann sich wieder mit ihrem Passwort anmelden."}
        </p>
        {own ? (
          <p className="mt-2 font-semibold">
            Ihr eigenes Konto kann nur eine andere Person der Administration deaktivieren.
          </p>
        ) : (
          <form method="post" action={`${base}/active`} className="mt-3">
            <input type="hidden" name="active" value={account.active ? "0" : "1"} />
            <Button variant="secondary">
              {account.active ? "Dienstkonto deaktivieren" : "Dienstkonto reaktivieren"}
            </Button>
          </form>
        )}
      </section>

      {account.active ? (
        <section aria-labelledby="reset-heading" className="mt-10">
          <h2 id="reset-heading" className="text-xl font-bold">
            Passwort vergessen
          </h2>
          <p className="mt-2">
            Die Person bekommt per E-Mail an {account.email} einen Link, mit dem sie selbst ein neues Passwort setzt.
            Der Link gilt {RESET_LINK_HOURS} Stunden und nur einmal; danach enden alle ihre Anmeldungen.
          </p>
          <form method="post" action={`${base}/reset-link`} className="mt-3">
            <Button variant="secondary">Link zum Zurücksetzen senden</Button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="text-xl font-bold">
          Neues Passwort
        </h2>
        <p className="mt-2">
          Alle Anmeldungen der Person enden damit; sie meldet sich mit dem neuen Passwort an und muss dann gleich ein
          eigenes wählen.
        </p>
        <form method="post" action={`${base}/password`} className="mt-3 max-w-xl">
          <TextField
            name="password"
            id="new-password"
            label="Neues Passwort"
            type="password"
            autoComplete="new-password"
            required
          />
          <Button variant="secondary">Passwort setzen</Button>
        </form>
      </section>

      {account.hasSecondFactor ? (
        <section aria-labelledby="factor-heading" className="mt-10">
          <h2 id="factor-heading" className="text-xl font-bold">
            Zweiter Faktor
          </h2>
          <p className="mt-2">
            Wenn das Gerät mit der Authenticator-App verloren ist: Danach meldet sich die Person mit dem Passwort an und
            richtet den zweiten Faktor neu ein.
          </p>
          <form method="post" action={`${base}/reset-second-factor`} className="mt-3">
            <Button variant="secondary">Zweiten Faktor zurücksetzen</Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
