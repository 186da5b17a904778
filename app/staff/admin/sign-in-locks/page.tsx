// Admins see the current sign-in locks (per e-mail address tried and per client address) and lift
// one with "Entsperren", a plain post to ./unlock.
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { auditView, listSignInLocks, SIGN_IN_RULES, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Anmeldesperren" };
export const dynamic = "force-dynamic";

const time = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const RESULTS = { unlocked: "Die Sperre ist aufgehoben.", gone: "Diese Sperre bestand nicht mehr." } as const;

export default async function SignInLocksPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const session = await staffPage("sign-in-locks.manage", { returnTo: "/staff/admin/sign-in-locks" });
  const { result } = await searchParams;
  const locks = await listSignInLocks();
  await auditView(session, { action: "sign-in-locks.listed", citizenId: null, object: { type: "sign_in_throttle", id: null }, details: { count: locks.length } });
  const message = result === "unlocked" || result === "gone" ? RESULTS[result] : null;
  return (
    <>
      <h1 className="text-2xl font-bold">Anmeldesperren</h1>
      <p className="mt-2">
        Nach {SIGN_IN_RULES.account.lockAfter} Fehlversuchen mit derselben E-Mail-Adresse oder {SIGN_IN_RULES.address.lockAfter} von derselben Adresse ist die Anmeldung{" "}
        {SIGN_IN_RULES.account.lockMinutes} Minuten gesperrt, auch mit dem richtigen Passwort. Entsperren hebt die Sperre sofort auf und setzt die Fehlversuche zurück; beides steht im Protokoll.
      </p>
      {message ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          {message}
        </p>
      ) : null}
      {locks.length === 0 ? (
        <p className="mt-6">Zurzeit ist nichts gesperrt.</p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left">
          <caption className="sr-only">Aktuelle Anmeldesperren</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pe-3">Gesperrt</th>
              <th scope="col" className="py-2 pe-3">Art</th>
              <th scope="col" className="py-2 pe-3">Fehlversuche</th>
              <th scope="col" className="py-2 pe-3">Bis</th>
              <th scope="col" className="py-2">
                <span className="sr-only">Aktion</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {locks.map((lock) => (
              <tr key={`${lock.scope}:${lock.key}`} className="border-b border-line align-top">
                <td className="py-2 pe-3 break-all">{lock.key}</td>
                <td className="py-2 pe-3">{lock.scope === "account" ? (lock.hasAccount ? "Dienstkonto" : "E-Mail-Adresse ohne Dienstkonto") : "Adresse des Geräts"}</td>
                <td className="py-2 pe-3">{lock.failures}</td>
                <td className="py-2 pe-3">{time.format(lock.lockedUntil)}</td>
                <td className="py-2">
                  <form method="post" action="/staff/admin/sign-in-locks/unlock">
                    <input type="hidden" name="scope" value={lock.scope} />
                    <input type="hidden" name="key" value={lock.key} />
                    <Button variant="secondary" aria-label={`${lock.key} entsperren`}>
                      Entsperren
                    </Button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
