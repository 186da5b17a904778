// Admins see the current sign-in locks (per e-mail address tried and per client address), paged with
// their total, and lift one with "Entsperren", a plain post to ./unlock.
import type { Metadata } from "next";
import { StaffList } from "@/components/staff/staff-list";
import type { StaffColumn } from "@/components/staff/staff-table";
import { Button } from "@/components/ui/buttons";
import { pagingShape, queryChoice, readQuery, type SearchParams } from "@/lib/list-query";
import { listSignInLocks, lockPageRequest, SIGN_IN_RULES, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Anmeldesperren" };
export const dynamic = "force-dynamic";

const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const RESULTS = { unlocked: "Die Sperre ist aufgehoben.", gone: "Diese Sperre bestand nicht mehr." } as const;

type SignInLock = Awaited<ReturnType<typeof listSignInLocks>>["rows"][number];

/** An account is locked for one device's address only: "<e-mail>|<address>" in words. */
function lockedWhat(lock: SignInLock): string {
  if (lock.scope !== "account") return lock.key;
  const [email, address] = lock.key.split("|");
  return address === undefined ? email : `${email}, vom Gerät mit der Adresse ${address}`;
}
const COLUMNS: StaffColumn<SignInLock>[] = [
  { heading: "Gesperrt", cell: (lock) => lockedWhat(lock), className: "break-all" },
  {
    heading: "Art",
    cell: (lock) =>
      lock.scope === "account"
        ? lock.hasAccount
          ? "Dienstkonto"
          : "E-Mail-Adresse ohne Dienstkonto"
        : "Adresse des Geräts",
  },
  { heading: "Fehlversuche", cell: (lock) => lock.failures },
  { heading: "Bis", cell: (lock) => time.format(lock.lockedUntil) },
  {
    heading: "Aktion",
    headingHidden: true,
    cell: (lock) => (
      <form method="post" action="/staff/admin/sign-in-locks/unlock">
        <input type="hidden" name="scope" value={lock.scope} />
        <input type="hidden" name="key" value={lock.key} />
        <Button variant="secondary" aria-label={`${lockedWhat(lock)} entsperren`}>
          Entsperren
        </Button>
      </form>
    ),
  },
];

const PAGE = "/staff/admin/sign-in-locks";

export default async function SignInLocksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    data: { query, list },
  } = await staffPage("sign-in-locks.manage", {
    returnTo: PAGE,
    view: {
      load: async () => {
        const query = readQuery({ result: queryChoice(["unlocked", "gone"]), ...pagingShape }, await searchParams);
        return { query, list: await listSignInLocks({ page: lockPageRequest(query) }) };
      },
      event: ({ list }) => ({
        action: "sign-in-locks.listed",
        citizenId: null,
        object: { type: "sign_in_throttle", id: null },
        details: { count: list.rows.length },
      }),
    },
  });
  const { result } = query;
  const locks = list.rows;
  const message = result ? RESULTS[result] : null;
  return (
    <>
      <h1 className="text-2xl font-bold">Anmeldesperren</h1>
      <p className="mt-2">
        Nach {SIGN_IN_RULES.account.lockAfter} Fehlversuchen mit derselben E-Mail-Adresse vom selben Gerät oder{" "}
        {SIGN_IN_RULES.address.lockAfter} von derselben Adresse ist die Anmeldung {SIGN_IN_RULES.account.lockMinutes}{" "}
        Minuten gesperrt, auch mit dem richtigen Passwort – für dieses Gerät, nie für andere: Wer eine E-Mail-Adresse
        kennt, kann das Dienstkonto so nicht aussperren. Nach {SIGN_IN_RULES.anywhere.proofAfter} Fehlversuchen für ein
        Dienstkonto von beliebigen Geräten verlangt die Anmeldung stattdessen eine kleine Rechenaufgabe, die der Browser
        in etwa einer halben Sekunde löst (Proof of Work); das bremst das Raten, ohne jemanden auszusperren. Entsperren
        hebt eine Sperre sofort auf und setzt die Fehlversuche zurück; beides steht im Protokoll.
      </p>
      {message ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          {message}
        </p>
      ) : null}
      <StaffList
        caption="Aktuelle Anmeldesperren"
        total={list.total}
        totalText={(total) => (total === 1 ? "1 Sperre" : `${total} Sperren`)}
        order="die neuesten zuerst"
        path={PAGE}
        filters={{}}
        paging={list}
        columns={COLUMNS}
        rows={locks}
        rowKey={(lock) => `${lock.scope}:${lock.key}`}
        empty="Zurzeit ist nichts gesperrt."
      />
    </>
  );
}
