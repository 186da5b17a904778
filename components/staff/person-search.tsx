// The one person search's markup, for the front desk's booking page and for /staff/people: the
// search form (a plain post, kept on the server: no name in the address; the first field focused)
// with its fields, and the hits — their total, one page of them, the closest names first, plain
// links to the other pages — each either a link to the person page or an "auswählen" button. Also
// the front desk's form to create a person without an e-mail address, filled in with what was
// searched.
import type { ReactNode } from "react";
import { PageLinks, type ListPaging } from "@/components/staff/staff-list";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/fields";
import { languageName } from "@/lib/languages";
import type { Person } from "@/lib/people";
import { phoneForDisplay } from "@/lib/phone";

export const BOOK_PAGE = "/staff/front-desk/book";

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

/** One field of the search form. */
export interface SearchField {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  type?: "text" | "tel";
}

/**
 * The search form: an error summary when something could not be searched (`formError` for the
 * search as a whole, linked to the first field), the fields side by side, "Suchen".
 */
export function PersonSearchForm({
  action,
  hidden = {},
  fields,
  formError,
  focus,
}: {
  action: string;
  /** values the post carries along (the front desk's location) */
  hidden?: Record<string, string>;
  fields: SearchField[];
  formError?: string;
  /** whether the first field takes the focus */
  focus: boolean;
}) {
  const summary: SummaryError[] = [
    ...(formError && fields[0] ? [{ fieldId: fields[0].id, message: formError }] : []),
    ...fields.flatMap((field) => (field.error ? [{ fieldId: field.id, message: field.error }] : [])),
  ];
  return (
    <>
      <ErrorSummary title="Die Suche ging so nicht" errors={summary} />
      <form method="post" action={action} className="mt-3" role="search" aria-label="Person suchen">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className={fields.length > 1 ? "grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4" : "max-w-2xl"}>
          {fields.map((field, index) => (
            <TextField
              key={field.id}
              id={field.id}
              name={field.name}
              type={field.type ?? "text"}
              label={field.label}
              hint={field.hint}
              defaultValue={field.value}
              error={field.error}
              autoFocus={focus && index === 0}
              autoComplete="off"
              spellCheck={false}
            />
          ))}
        </div>
        <Button>Suchen</Button>
      </form>
    </>
  );
}

/** The hits' total in words. */
export function hitsText(total: number): string {
  return total === 1 ? "1 Person gefunden" : `${total} Personen gefunden`;
}

/**
 * One page of hits: the total (as a status), the table, the links to the other pages. Each hit is a
 * link to `personHref`, or (`choose`) an "auswählen" button of a GET form to `choose.action`.
 */
export function PersonHits({
  rows,
  total,
  paging,
  path,
  filters,
  personHref,
  choose,
  children,
}: {
  rows: Person[];
  total: number;
  paging: ListPaging;
  /** the page's path and the parameters every paging link carries */
  path: string;
  filters: Record<string, string | undefined>;
  personHref?: (id: string) => string;
  choose?: { action: string; hidden: Record<string, string> };
  /** below the table (the front desk's "Neue Person anlegen") */
  children?: ReactNode;
}) {
  if (total === 0)
    return (
      <p role="status" className="mt-6 border-s-4 border-brand bg-surface p-3">
        Niemand gefunden.
      </p>
    );
  const paged = !(paging.atStart && paging.atEnd);
  const table = (
    <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="hits-heading" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Gefundene Personen, die ähnlichsten Namen zuerst</caption>
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
            {choose ? (
              <th scope="col" className="py-2">
                <span className="sr-only">Auswahl</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((hit, index) => (
            <tr key={hit.id} className="border-b border-line">
              <th scope="row" className="py-2 pe-4 font-semibold">
                {personHref ? (
                  <a href={personHref(hit.id)} autoFocus={index === 0}>
                    {hit.name}
                  </a>
                ) : (
                  hit.name
                )}
              </th>
              <td className="py-2 pe-4">{germanDate(hit.dateOfBirth) || "–"}</td>
              <td className="py-2 pe-4">{hit.customerNumber ?? "–"}</td>
              <td className="py-2 pe-4">{[phoneForDisplay(hit.phone), hit.email].filter(Boolean).join(", ") || "–"}</td>
              <td className="py-2 pe-4">{languageName(hit.language)}</td>
              {choose ? (
                <td className="py-2">
                  <Button name="person" value={hit.id} variant="secondary" autoFocus={index === 0}>
                    auswählen<span className="sr-only">: {hit.name}</span>
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="hits-heading" className="mt-8">
      <h2 id="hits-heading" className="text-xl font-bold" role="status" data-total={total}>
        {hitsText(total)}
        {paged ? ` (hier ${rows.length})` : ""}
      </h2>
      {choose ? (
        <form method="get" action={choose.action}>
          {Object.entries(choose.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {table}
        </form>
      ) : (
        table
      )}
      <PageLinks caption="Gefundene Personen" path={path} filters={filters} paging={paging} />
      {children}
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
