// The page a password reset link opens (sent by an admin or asked for on the sign-in page, through the outbox): no session here, the
// link's token is the key. A used, expired or unknown link says so in words; a usable one offers the
// new password twice. Open without the staff door, like the sign-in page.
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/fields";
import {
  PASSWORD_RESET_PATH,
  PASSWORD_RULES,
  passwordResetState,
  RESET_LINK_STATE_TEXTS,
  RESET_PROBLEM_TEXTS,
} from "@/lib/staff";

export const metadata: Metadata = { title: "Neues Passwort setzen" };
export const dynamic = "force-dynamic";

type ProblemCode = keyof typeof RESET_PROBLEM_TEXTS;

export default async function PasswordResetPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ result?: string | string[] }>;
}) {
  const { token } = await params;
  const { result } = await searchParams;
  const state = await passwordResetState(token);
  if (state !== "valid")
    return (
      <div className="max-w-2xl">
        <h1 className="text-2xl font-bold">Neues Passwort setzen</h1>
        <p role="alert" className="mt-4 border-s-4 border-accent p-3">
          {RESET_LINK_STATE_TEXTS[state]}
        </p>
        <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2">
          <a href={PASSWORD_RESET_PATH}>Passwort vergessen? Neuen Link anfordern</a>
          <a href="/staff/login">Zur Anmeldung</a>
        </p>
      </div>
    );
  const code =
    typeof result === "string" && Object.hasOwn(RESET_PROBLEM_TEXTS, result) ? (result as ProblemCode) : null;
  const field = code === "mismatch" ? "repeat" : "password";
  const message = code ? RESET_PROBLEM_TEXTS[code] : undefined;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Neues Passwort setzen</h1>
      <p className="mt-2">
        Wählen Sie ein Passwort, das nur Sie kennen. Danach sind alle Anmeldungen Ihres Dienstkontos beendet, und Sie
        melden sich mit dem neuen Passwort an.
      </p>
      <form
        method="post"
        action={`${PASSWORD_RESET_PATH}/${encodeURIComponent(token)}/save`}
        className="mt-6"
        noValidate
      >
        <ErrorSummary
          title="Das Passwort ist noch nicht gesetzt"
          errors={message ? [{ fieldId: field, message }] : []}
        />
        <TextField
          name="password"
          label="Neues Passwort"
          type="password"
          autoComplete="new-password"
          hint={`Mindestens ${PASSWORD_RULES.minLength} Zeichen, kein häufiges Passwort. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.`}
          error={field === "password" ? message : undefined}
          required
        />
        <TextField
          name="repeat"
          label="Neues Passwort wiederholen"
          type="password"
          autoComplete="new-password"
          error={field === "repeat" ? message : undefined}
          required
        />
        <Button>Passwort setzen</Button>
      </form>
    </div>
  );
}
