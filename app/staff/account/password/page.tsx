// One's own password: the current one and the new one twice. After an admin set the password, every
// staff page sends its owner here first. A session of single sign-on has no password here to change.
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/fields";
import { OWN_PASSWORD_PROBLEM_TEXTS, PASSWORD_RULES, singleSignOn, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Passwort ändern" };
export const dynamic = "force-dynamic";

type Field = "current" | "password" | "repeat";
type ProblemCode = keyof typeof OWN_PASSWORD_PROBLEM_TEXTS;
/** The field each problem belongs to. */
const PROBLEM_FIELD: Record<ProblemCode, Field> = {
  "wrong-current": "current",
  mismatch: "repeat",
  same: "password",
  "too-short": "password",
  "too-long": "password",
  common: "password",
};

export default async function OwnPasswordPage({ searchParams }: { searchParams: Promise<{ result?: string }> }) {
  const session = await staffPage("account.password", { returnTo: "/staff/account/password" });
  const { result } = await searchParams;
  if (session.staff.singleSignOn) {
    const provider = singleSignOn()?.name ?? "Single Sign-on";
    return (
      <>
        <h1 className="text-2xl font-bold">Passwort ändern</h1>
        <p className="mt-4 max-w-2xl">
          Sie sind über {provider} angemeldet. Dafür hat Ihr Dienstkonto hier kein eigenes Passwort: Ihr Passwort ändern
          Sie dort, wo Sie es für {provider} eingeben, oder Sie wenden sich an die IT Ihres Hauses.
        </p>
        <p className="mt-8">
          <a href="/staff">Zur Übersicht</a>
        </p>
      </>
    );
  }
  const code = typeof result === "string" && Object.hasOwn(OWN_PASSWORD_PROBLEM_TEXTS, result) ? result : null;
  const problem = code
    ? { field: PROBLEM_FIELD[code as ProblemCode], text: OWN_PASSWORD_PROBLEM_TEXTS[code as ProblemCode] }
    : null;
  const errorAt = (field: Field) => (problem?.field === field ? problem.text : undefined);
  return (
    <>
      <h1 className="text-2xl font-bold">Passwort ändern</h1>
      {session.staff.mustChangePassword ? (
        <p role="alert" className="mt-4 max-w-2xl border-s-4 border-accent p-3">
          Die Administration hat Ihr Passwort gesetzt. Bitte wählen Sie jetzt ein eigenes, das nur Sie kennen; erst
          danach öffnen sich die anderen Seiten.
        </p>
      ) : null}
      {result === "changed" ? (
        <p role="status" className="mt-4 max-w-2xl border-s-4 border-brand bg-surface p-3">
          Ihr Passwort ist geändert. Ihre Anmeldungen in anderen Browsern und auf anderen Geräten sind beendet; hier
          bleiben Sie angemeldet.
        </p>
      ) : null}
      <form method="post" action="/staff/account/password/change" className="mt-6 max-w-xl" noValidate>
        <ErrorSummary
          title="Das Passwort ist nicht geändert"
          errors={problem ? [{ fieldId: problem.field, message: problem.text }] : []}
        />
        <TextField
          name="current"
          label="Bisheriges Passwort"
          type="password"
          autoComplete="current-password"
          error={errorAt("current")}
          required
        />
        <TextField
          name="password"
          label="Neues Passwort"
          type="password"
          autoComplete="new-password"
          hint={`Mindestens ${PASSWORD_RULES.minLength} Zeichen, kein häufiges Passwort. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.`}
          error={errorAt("password")}
          required
        />
        <TextField
          name="repeat"
          label="Neues Passwort wiederholen"
          type="password"
          autoComplete="new-password"
          error={errorAt("repeat")}
          required
        />
        <Button>Passwort ändern</Button>
      </form>
      {session.staff.mustChangePassword ? null : (
        <p className="mt-8">
          <a href="/staff">Zur Übersicht</a>
        </p>
      )}
    </>
  );
}
