"use client";
// Staff sign-in: next-auth's credentials flow needs its CSRF token, which signIn() fetches.
// Staff desks run JavaScript; the citizen pages never depend on it.
import { signIn } from "next-auth/react";
import { useState, type ComponentProps, type FormEvent } from "react";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/fields";
import { ProofOfWork } from "@/components/booking/proof-of-work";

const FAILED = "E-Mail-Adresse, Passwort oder Code stimmen nicht.";

export function LoginForm({
  callbackUrl,
  failed,
  singleSignOn,
  challenge,
}: {
  callbackUrl: string;
  failed: string | null;
  singleSignOn: string | null;
  /** solved in the background; the server asks for it once an account has many failures (lib/staff/sign-in.ts) */
  challenge: ComponentProps<typeof ProofOfWork>["challenge"];
}) {
  const [error, setError] = useState(failed ?? "");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      code: String(form.get("code") ?? ""),
      proof: String(form.get("altcha") ?? ""),
      redirect: false,
    });
    setBusy(false);
    if (result?.ok && !result.error) window.location.assign(callbackUrl);
    else setError(FAILED);
  }

  return (
    // method and action only matter without JavaScript: the password then goes in the body of a post
    // (never into the address, a browser's history or a proxy's log), and next-auth, missing its
    // CSRF token, sends the browser back to the sign-in page, which asks for JavaScript.
    <form method="post" action="/api/auth/callback/credentials" onSubmit={submit} className="mt-6" noValidate>
      <div aria-live="polite">
        {error ? (
          <ErrorSummary title="Anmeldung fehlgeschlagen" errors={[{ fieldId: "email", message: error }]} />
        ) : null}
      </div>
      <ProofOfWork challenge={challenge} />
      <TextField name="email" label="E-Mail-Adresse" type="email" autoComplete="username" required autoFocus />
      <TextField name="password" label="Passwort" type="password" autoComplete="current-password" required />
      <TextField
        name="code"
        label="Code (zweiter Faktor)"
        hint="Nur wenn Sie einen zweiten Faktor eingerichtet haben: die 6 Ziffern aus Ihrer Authenticator-App."
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={20}
      />
      <Button disabled={busy}>{busy ? "Anmeldung läuft …" : "Anmelden"}</Button>
      {singleSignOn ? (
        <p className="mt-4">
          <Button type="button" variant="secondary" onClick={() => void signIn("oidc", { callbackUrl })}>
            Anmelden mit {singleSignOn}
          </Button>
        </p>
      ) : null}
    </form>
  );
}
