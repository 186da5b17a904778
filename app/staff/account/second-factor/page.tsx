// One's own second factor: start a setup, scan the QR code (or type the key) into an authenticator
// app, confirm with its code. A role that requires the second factor is sent here first.
import type { Metadata } from "next";
import QRCode from "qrcode";
import { Button } from "@/components/ui/buttons";
import { TextField } from "@/components/ui/fields";
import { secondFactorState, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Zweiter Faktor" };
export const dynamic = "force-dynamic";

const date = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
const NOTICES: Record<string, { text: string; problem?: boolean }> = {
  enabled: { text: "Der zweite Faktor ist eingerichtet. Ab jetzt melden Sie sich mit Passwort und Code an." },
  "wrong-code": {
    text: "Der Code stimmt nicht. Geben Sie den Code ein, den die App gerade zeigt (6 Ziffern).",
    problem: true,
  },
  "no-setup": { text: "Bitte beginnen Sie die Einrichtung zuerst.", problem: true },
};

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const session = await staffPage("account.second-factor", { returnTo: "/staff/account/second-factor" });
  const { result } = await searchParams;
  const state = await secondFactorState(session.staff.id);
  const notice = result ? NOTICES[result] : undefined;
  const qr = state.pending
    ? await QRCode.toString(state.pending.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
    : null;
  return (
    <>
      <h1 className="text-2xl font-bold">Zweiter Faktor</h1>
      {session.staff.mustSetUpSecondFactor ? (
        <p role="alert" className="mt-4 border-s-4 border-accent p-3">
          Ihre Rolle meldet sich mit einem zweiten Faktor an. Bitte richten Sie ihn jetzt ein; danach melden Sie sich
          neu an, mit Passwort und Code.
        </p>
      ) : null}
      {notice ? (
        <p
          role={notice.problem ? "alert" : "status"}
          className={`mt-4 border-s-4 p-3 ${notice.problem ? "border-accent" : "border-brand bg-surface"}`}
        >
          {notice.text}
        </p>
      ) : null}
      <p className="mt-4">
        {state.enabledAt
          ? `Eingerichtet am ${date.format(state.enabledAt)}. Bei der Anmeldung geben Sie nach dem Passwort den Code aus Ihrer Authenticator-App ein.`
          : "Noch nicht eingerichtet. Sie brauchen eine Authenticator-App (zum Beispiel auf dem Diensthandy), die Codes nach RFC 6238 (TOTP) erzeugt."}
      </p>

      {state.pending && qr ? (
        <section aria-labelledby="scan-heading" className="mt-6">
          <h2 id="scan-heading" className="text-xl font-bold">
            1. Code scannen
          </h2>
          <figure className="mt-3">
            <div
              role="img"
              aria-label="QR-Code für die Authenticator-App"
              className="w-56 max-w-full bg-white p-2"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
            <figcaption className="mt-2">
              Oder tippen Sie den Schlüssel ein:{" "}
              <code className="break-all font-mono">{state.pending.secret.match(/.{1,4}/g)?.join(" ")}</code>
            </figcaption>
          </figure>
          <details className="mt-2">
            <summary>Adresse für die App (otpauth)</summary>
            <code className="mt-1 block break-all font-mono text-sm">{state.pending.uri}</code>
          </details>
          <h2 className="mt-6 text-xl font-bold">2. Mit einem Code bestätigen</h2>
          <form method="post" action="/staff/account/second-factor/confirm" className="mt-3 max-w-sm">
            <TextField
              name="code"
              label="Code aus der App"
              hint="6 Ziffern"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              maxLength={20}
            />
            <Button>Bestätigen</Button>
          </form>
        </section>
      ) : (
        <form method="post" action="/staff/account/second-factor/start" className="mt-6">
          <Button>{state.enabledAt ? "Neu einrichten (anderes Gerät)" : "Einrichten"}</Button>
        </form>
      )}
      <p className="mt-8">
        <a href="/staff">Zur Übersicht</a>
      </p>
    </>
  );
}
