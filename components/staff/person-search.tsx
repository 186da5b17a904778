// Step 1 of booking for someone: find the person (a plain post, kept on the server: no name in the
// address; the name field focused), the
// hits with one "auswählen" button each, and the form to create a person without an e-mail
// address, filled in with what was searched.
import { Button } from "@/components/ui/buttons";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/fields";
import { phoneForDisplay } from "@/lib/phone";

export const BOOK_PAGE = "/staff/front-desk/book";

export interface PersonHit {
  id: string;
  name: string;
  dateOfBirth: string | null;
  customerNumber: string | null;
  phone: string | null;
  email: string | null;
  language: string;
}

export interface SearchValues {
  name: string;
  dateOfBirth: string;
  customerNumber: string;
  phone: string;
}

/** "1971-04-02" as "02.04.1971". */
export function germanDate(day: string | null): string {
  if (!day) return "";
  const [year, month, date] = day.split("-");
  return `${date}.${month}.${year}`;
}

export function PersonSearchForm({
  location,
  values,
  errors,
  focus,
}: {
  location: string;
  values: SearchValues;
  errors: Partial<Record<keyof SearchValues | "form", string>>;
  focus: boolean;
}) {
  const summary: SummaryError[] = [
    ...(errors.form ? [{ fieldId: "search-name", message: errors.form }] : []),
    ...(["name", "dateOfBirth", "customerNumber", "phone"] as const).flatMap((field) =>
      errors[field] ? [{ fieldId: `search-${field}`, message: errors[field] }] : [],
    ),
  ];
  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading" className="text-xl font-bold">
        1. Person suchen
      </h2>
      <ErrorSummary title="Die Suche ging so nicht" errors={summary} />
      <form method="post" action={`${BOOK_PAGE}/search`} className="mt-3" role="search" aria-label="Person suchen">
        <input type="hidden" name="location" value={location} />
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField
            id="search-name"
            name="name"
            label="Name"
            hint="Anfang des Vor- oder Nachnamens"
            defaultValue={values.name}
            error={errors.name}
            autoFocus={focus}
            autoComplete="off"
          />
          <TextField
            id="search-dateOfBirth"
            name="dateOfBirth"
            label="Geburtsdatum"
            hint="TT.MM.JJJJ"
            autoComplete="off"
            defaultValue={values.dateOfBirth}
            error={errors.dateOfBirth}
          />
          <TextField
            id="search-customerNumber"
            name="customerNumber"
            label="Kundennummer"
            hint="zum Beispiel 123A456789"
            defaultValue={values.customerNumber}
            error={errors.customerNumber}
            autoComplete="off"
          />
          <TextField
            id="search-phone"
            name="phone"
            type="tel"
            label="Telefon"
            hint="in jeder Schreibweise"
            defaultValue={values.phone}
            error={errors.phone}
            autoComplete="off"
          />
        </div>
        <Button>Suchen</Button>
      </form>
    </section>
  );
}

export function PersonHits({
  location,
  hits,
  newPersonHref,
  languageOf,
}: {
  location: string;
  hits: PersonHit[];
  newPersonHref: string;
  languageOf: (code: string) => string;
}) {
  return (
    <section aria-labelledby="hits-heading" className="mt-8">
      <h2 id="hits-heading" className="text-xl font-bold">
        {hits.length === 1 ? "1 Person gefunden" : `${hits.length} Personen gefunden`}
      </h2>
      <form method="get" action={BOOK_PAGE} className="mt-3">
        <input type="hidden" name="location" value={location} />
        <div className="overflow-x-auto" role="region" aria-labelledby="hits-heading" tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Gefundene Personen</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pe-4">
                  Name
                </th>
                <th scope="col" className="py-2 pe-4">
                  Geburtsdatum
                </th>
                <th scope="col" className="py-2 pe-4">
                  Kundennummer
                </th>
                <th scope="col" className="py-2 pe-4">
                  Kontakt
                </th>
                <th scope="col" className="py-2 pe-4">
                  Sprache
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Auswahl</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {hits.map((hit, index) => (
                <tr key={hit.id} className="border-b border-line">
                  <th scope="row" className="py-2 pe-4 font-semibold">
                    {hit.name}
                  </th>
                  <td className="py-2 pe-4">{germanDate(hit.dateOfBirth) || "–"}</td>
                  <td className="py-2 pe-4">{hit.customerNumber ?? "–"}</td>
                  <td className="py-2 pe-4">
                    {[phoneForDisplay(hit.phone), hit.email].filter(Boolean).join(", ") || "–"}
                  </td>
                  <td className="py-2 pe-4">{languageOf(hit.language)}</td>
                  <td className="py-2">
                    <Button name="person" value={hit.id} variant="secondary" autoFocus={index === 0}>
                      auswählen<span className="sr-only">: {hit.name}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </form>
      <p className="mt-4">
        <a href={newPersonHref}>Nicht dabei? Neue Person anlegen</a>
      </p>
    </section>
  );
}

export interface NewPersonValues extends SearchValues {
  email: string;
  language: string;
}

export function NewPersonForm({
  location,
  values,
  errors,
  languages,
  intro,
}: {
  location: string;
  values: NewPersonValues;
  errors: Partial<Record<keyof NewPersonValues, string>>;
  languages: { code: string; name: string }[];
  intro: string;
}) {
  const fields = ["name", "dateOfBirth", "phone", "email", "customerNumber", "language"] as const;
  const summary: SummaryError[] = fields.flatMap((field) =>
    errors[field] ? [{ fieldId: `new-${field}`, message: errors[field] }] : [],
  );
  const firstError = fields.find((field) => errors[field]);
  // The searched name is there already: the date of birth is the next thing to type.
  const focus = firstError ?? (values.name ? "dateOfBirth" : "name");
  return (
    <section aria-labelledby="new-heading" className="mt-8">
      <h2 id="new-heading" className="text-xl font-bold">
        Neue Person anlegen
      </h2>
      <p className="mt-1">{intro}</p>
      <ErrorSummary title="Die Person wurde noch nicht angelegt" errors={summary} />
      <form method="post" action={`${BOOK_PAGE}/person`} className="mt-3">
        <input type="hidden" name="location" value={location} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            id="new-name"
            name="name"
            label="Name"
            hint="Vor- und Nachname"
            defaultValue={values.name}
            error={errors.name}
            required
            autoComplete="off"
            autoFocus={focus === "name"}
          />
          <TextField
            id="new-dateOfBirth"
            name="dateOfBirth"
            label="Geburtsdatum (wenn bekannt)"
            hint="TT.MM.JJJJ"
            autoComplete="off"
            defaultValue={values.dateOfBirth}
            error={errors.dateOfBirth}
            autoFocus={focus === "dateOfBirth"}
          />
          <TextField
            id="new-phone"
            name="phone"
            type="tel"
            label="Telefon (wenn vorhanden)"
            defaultValue={values.phone}
            error={errors.phone}
            autoComplete="off"
            autoFocus={focus === "phone"}
          />
          <TextField
            id="new-email"
            name="email"
            type="email"
            label="E-Mail-Adresse (wenn vorhanden)"
            defaultValue={values.email}
            error={errors.email}
            autoComplete="off"
            autoFocus={focus === "email"}
          />
          <TextField
            id="new-customerNumber"
            name="customerNumber"
            label="Kundennummer (wenn bekannt)"
            defaultValue={values.customerNumber}
            error={errors.customerNumber}
            autoComplete="off"
            autoFocus={focus === "customerNumber"}
          />
          <SelectField
            id="new-language"
            name="language"
            label="Sprache der Person"
            defaultValue={values.language || "de"}
            error={errors.language}
            autoFocus={focus === "language"}
            options={languages.map((language) => ({ value: language.code, label: language.name }))}
          />
        </div>
        <Button>Person anlegen und weiter</Button>
      </form>
    </section>
  );
}
