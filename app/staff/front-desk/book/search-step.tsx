// The booking page's first step: find the person (by name, date of birth, customer number or phone,
// a page of hits at a time), or create them when nobody fits.
import { BOOK_PAGE, NewPersonForm, PersonHits, PersonSearchForm } from "@/components/staff/person-search";
import { ValidationError } from "@/lib/errors";
import { PORTAL_LANGUAGE_CHOICES } from "@/lib/languages";
import { criteriaFromFields, criteriaKinds, peoplePageRequest, searchPeople, type PeoplePage } from "@/lib/people";
import { can, problemsOf, type Problems, type StaffSession } from "@/lib/staff";
import { textOf, type Query } from "./form-values";
import { problemTexts } from "./messages";
import { bookPagePath } from "./paths";

export const searchValues = (query: Query) => ({
  name: textOf(query, "name"),
  dateOfBirth: textOf(query, "dateOfBirth"),
  customerNumber: textOf(query, "customerNumber"),
  phone: textOf(query, "phone"),
});

/** A search for the person, as the search step asked for it: its values, and the people found or why not. */
export interface Search {
  values: ReturnType<typeof searchValues>;
  /** null: no search made (none asked for, or refused) */
  hits: PeoplePage | null;
  /** which fields were filled in (not what was typed) */
  criteria: string[];
  problems: Problems;
}

export async function searchFor(query: Query): Promise<Search> {
  const values = searchValues(query);
  const search: Search = { values, hits: null, criteria: [], problems: {} };
  if (textOf(query, "new") === "1" || textOf(query, "step") !== "search") return search;
  try {
    const criteria = criteriaFromFields(values);
    return {
      ...search,
      hits: await searchPeople(criteria, peoplePageRequest(query)),
      criteria: criteriaKinds(criteria),
    };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ...search, problems: problemsOf(error.fields) };
  }
}

export function SearchStep({
  session,
  deskId,
  query,
  problems,
  search: { values, hits, problems: refused },
  unknownPerson,
}: {
  session: StaffSession;
  deskId: string;
  query: Query;
  problems: Problems;
  search: Search;
  unknownPerson: boolean;
}) {
  const text = (name: string) => textOf(query, name);
  const creating = text("new") === "1";
  const searchProblems: Problems =
    Object.keys(refused).length > 0 ? refused : unknownPerson ? { form: "unknownPerson" } : {};
  const searchErrors = problemTexts(searchProblems);
  const canCreate = can(session.staff.role, "person.create");
  const showCreate = canCreate && (creating || (hits !== null && hits.total === 0));
  const newPersonHref = bookPagePath({ location: deskId, new: "1", draft: text("draft") });
  return (
    <>
      <section aria-labelledby="search-heading" className="mt-6">
        <h2 id="search-heading" className="text-xl font-bold">
          1. Person suchen
        </h2>
        <PersonSearchForm
          action={`${BOOK_PAGE}/search`}
          hidden={{ location: deskId }}
          formError={searchErrors.form}
          fields={[
            { id: "search-name", name: "name", label: "Name", hint: "Vor- oder Nachname, auch ohne Akzente" },
            { id: "search-dateOfBirth", name: "dateOfBirth", label: "Geburtsdatum", hint: "TT.MM.JJJJ" },
            {
              id: "search-customerNumber",
              name: "customerNumber",
              label: "Kundennummer",
              hint: "zum Beispiel 123A456789",
            },
            {
              id: "search-phone",
              name: "phone",
              label: "Telefon",
              hint: "in jeder Schreibweise",
              type: "tel" as const,
            },
          ].map((field) => ({
            ...field,
            value: values[field.name as keyof typeof values],
            error: searchErrors[field.name as keyof typeof values],
          }))}
          focus={!showCreate && !(hits && hits.total > 0)}
        />
      </section>
      {hits ? (
        <PersonHits
          rows={hits.rows}
          total={hits.total}
          paging={hits}
          path={BOOK_PAGE}
          filters={{ location: deskId, draft: text("draft") }}
          choose={{ action: BOOK_PAGE, hidden: { location: deskId } }}
        >
          {hits.total > 0 ? (
            <p className="mt-4">
              <a href={newPersonHref}>Nicht dabei? Neue Person anlegen</a>
            </p>
          ) : null}
        </PersonHits>
      ) : null}
      {showCreate ? (
        <NewPersonForm
          location={deskId}
          values={{ ...values, email: text("email"), language: text("language") }}
          errors={problemTexts(problems)}
          languages={PORTAL_LANGUAGE_CHOICES}
          intro="Eine E-Mail-Adresse ist nicht nötig. Was gesucht wurde, ist schon eingetragen."
        />
      ) : null}
    </>
  );
}
