// "Passwort vergessen?": a staff member gives the e-mail address of the account and gets a link to
// set a new password through the outbox, valid 24 hours and once. Open without the staff door, like
// the sign-in page; the page answers alike whether or not an account has the address.
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/fields";
import { PASSWORD_RESET_PATH, RESET_LINK_HOURS, RESET_REQUEST_LIMITS, type ResetRequestOutcome } from "@/lib/staff";

export const metadata: Metadata = { title: "Passwort vergessen" };
export const dynamic = "force-dynamic";

const PROBLEMS: Partial<Record<ResetRequestOutcome, string>> = {
  "invalid-email": "Bitte geben Sie die E-Mail-Adresse Ihres Dienstkontos an, zum Beispiel name@jobcenter.example.",
  "too-many": `Für diese Adresse oder von diesem Gerät wurden in der letzten Stunde zu viele Links angefordert. Bitte versuchen Sie es in ${RESET_REQUEST_LIMITS.windowMinutes} Minuten wieder, oder bitten Sie die Administration um einen Link.`,
};

export default async function ForgotPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ result?: string | string[] }>;
}) {
  const { result } = await searchParams;
  const requested = result === "requested";
  const problem =
    typeof result === "string" && Object.hasOwn(PROBLEMS, result) ? PROBLEMS[result as ResetRequestOutcome] : undefined;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Passwort vergessen</h1>
      {requested ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          Wenn zu dieser Adresse ein aktives Dienstkonto gehört, ist eine E-Mail mit einem Link unterwegs. Mit ihm
          setzen Sie ein neues Passwort; er gilt {RESET_LINK_HOURS} Stunden und nur einmal. Kommt in den nächsten
          Minuten keine E-Mail, wenden Sie sich bitte an die Administration.
        </p>
      ) : (
        <p className="mt-2">
          Geben Sie die E-Mail-Adresse Ihres Dienstkontos an. Sie bekommen einen Link, mit dem Sie ein neues Passwort
          setzen. Ihr bisheriges Passwort gilt weiter, bis Sie das tun.
        </p>
      )}
      <form method="post" action={`${PASSWORD_RESET_PATH}/send`} className="mt-6" noValidate>
        <ErrorSummary
          title="Der Link ist noch nicht angefordert"
          errors={problem ? [{ fieldId: "email", message: problem }] : []}
        />
        <TextField name="email" label="E-Mail-Adresse" type="email" autoComplete="username" error={problem} required />
        <Button>Link anfordern</Button>
      </form>
      <p className="mt-6">
        <a href="/staff/login">Zur Anmeldung</a>
      </p>
    </div>
  );
}
