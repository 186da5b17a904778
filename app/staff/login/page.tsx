import type { Metadata } from "next";
import { LoginForm } from "@/components/staff/login-form";
import { newProofOfWorkChallenge } from "@/lib/booking";
import { SIGN_IN_RULES, singleSignOn } from "@/lib/staff";
import { hasControlCharacters } from "@/lib/validation";

export const metadata: Metadata = { title: "Anmelden" };

/** next-auth's error codes in the address, as the form says them. */
const FAILURES: Record<string, string> = {
  CredentialsSignin: "E-Mail-Adresse, Passwort oder Code stimmen nicht.",
  AccessDenied:
    "Für dieses Konto des Single Sign-on gibt es kein aktives Dienstkonto. Bitte wenden Sie sich an die Administration.",
};

export default async function StaffLoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; reset?: string | string[] }>;
}) {
  const { callbackUrl, error, reset } = await searchParams;
  // Only a plain path inside the staff area is followed after sign-in (a repeated parameter is no path).
  const target =
    typeof callbackUrl === "string" && callbackUrl.startsWith("/staff") && !hasControlCharacters(callbackUrl)
      ? callbackUrl
      : "/staff";
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold">Anmelden</h1>
      <p className="mt-2">Mit Ihrem Dienstkonto. Der Zugang ist für Mitarbeitende des Jobcenters.</p>
      {reset === "1" ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          Ihr neues Passwort gilt. Bitte melden Sie sich damit an.
        </p>
      ) : null}
      <noscript>
        <p className="mt-4 font-semibold">
          Die Anmeldung braucht JavaScript: Bitte schalten Sie es in Ihrem Browser ein.
        </p>
      </noscript>
      <LoginForm
        callbackUrl={target}
        failed={FAILURES[typeof error === "string" ? error : ""] ?? null}
        singleSignOn={singleSignOn()?.name ?? null}
        challenge={await newProofOfWorkChallenge()}
      />
      <p className="mt-4">
        <a href="/staff/password-reset">Passwort vergessen?</a>
      </p>
      {/* Said to everyone, before and after a failure: a lock is never announced for one address, so the page tells nobody whether an account exists. */}
      <p className="mt-6 text-sm text-muted">
        Nach {SIGN_IN_RULES.account.lockAfter} Fehlversuchen in Folge von diesem Gerät ist die Anmeldung{" "}
        {SIGN_IN_RULES.account.lockMinutes} Minuten lang gesperrt, auch mit dem richtigen Passwort. Versuchen Sie es
        danach erneut, oder bitten Sie die Administration, die Sperre aufzuheben.
      </p>
    </div>
  );
}
