// Admins: a new staff account (name, e-mail, role, locations, initial password). A refused form
// comes back with what was entered (never the password) and a message at each field.
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextField } from "@/components/ui/fields";
import {
  ACCOUNT_PROBLEM_TEXTS,
  listLocationChoices,
  PASSWORD_RULES,
  ROLE_NAMES,
  staffPage,
  type AccountField,
  type AccountProblemCode,
} from "@/lib/staff";
import { queryText, readQuery, readQueryList, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Neues Dienstkonto" };
export const dynamic = "force-dynamic";

const FIELDS: AccountField[] = ["name", "email", "role", "locations", "password"];

/** The problems in the address (`problem=field:code`), each known field with a known code once. */
function problemsFrom(query: SearchParams): Partial<Record<AccountField, string>> {
  const problems: Partial<Record<AccountField, string>> = {};
  for (const entry of readQueryList(query, "problem")) {
    const [field, code] = entry.split(":");
    if ((FIELDS as string[]).includes(field) && Object.hasOwn(ACCOUNT_PROBLEM_TEXTS, code))
      problems[field as AccountField] = ACCOUNT_PROBLEM_TEXTS[code as AccountProblemCode];
  }
  return problems;
}

export default async function NewStaffAccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffPage("staff-accounts.manage", { returnTo: "/staff/admin/staff/new" });
  const query = await searchParams;
  // What a refused form had (never the password), to be entered again.
  const entered = readQuery({ name: queryText(320), email: queryText(320), role: queryText() }, query);
  const locations = await listLocationChoices();
  const problems = problemsFrom(query);
  const summary = FIELDS.flatMap((field) => (problems[field] ? [{ fieldId: field, message: problems[field] }] : []));
  return (
    <>
      <p>
        <a href="/staff/admin/staff">Zurück zu den Dienstkonten</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Neues Dienstkonto</h1>
      <form method="post" action="/staff/admin/staff/create" className="mt-6 max-w-xl" noValidate>
        <ErrorSummary title="Das Dienstkonto ist noch nicht angelegt" errors={summary} />
        <TextField
          name="name"
          label="Name"
          autoComplete="off"
          defaultValue={entered.name ?? ""}
          error={problems.name}
          required
          maxLength={120}
        />
        <TextField
          name="email"
          label="E-Mail-Adresse"
          type="email"
          autoComplete="off"
          defaultValue={entered.email ?? ""}
          error={problems.email}
          required
        />
        <ChoiceGroup
          name="role"
          legend="Rolle"
          legendClassName="font-semibold"
          choices={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))}
          selected={[entered.role ?? ""]}
          error={problems.role}
          required
        />
        <ChoiceGroup
          name="locations"
          legend="Standorte"
          legendClassName="font-semibold"
          hint="Wo die Person arbeitet; keiner, mehrere oder alle."
          multiple
          choices={locations.map((location) => ({ value: location.id, label: location.name }))}
          selected={readQueryList(query, "locations")}
          error={problems.locations}
        />
        <TextField
          name="password"
          label="Erstes Passwort"
          type="password"
          autoComplete="new-password"
          hint={`Mindestens ${PASSWORD_RULES.minLength} Zeichen, kein häufiges Passwort. Geben Sie es der Person auf sicherem Weg weiter.`}
          error={problems.password}
          required
        />
        <Button>Dienstkonto anlegen</Button>
      </form>
    </>
  );
}
