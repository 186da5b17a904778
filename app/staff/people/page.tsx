// Find a person: one box for customer number, name as typed (without accents or with a typo), date
// of birth, phone or e-mail; the closest names first, each a link to the person page, paged with the
// total. The search is recorded with the kinds of criteria used and the people listed, never what
// was typed. The box posts; what was typed is kept on the server, never in the address (the paging
// links carry the draft's id and a hit's id).
import type { Metadata } from "next";
import { PersonHits, PersonSearchForm } from "@/components/staff/person-search";
import {
  criteriaKinds,
  parsePeopleQuery,
  peoplePageRequest,
  peopleSearchParams,
  searchPeople,
  type PeoplePage,
} from "@/lib/people";
import { openStaffForm, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Person suchen" };
export const dynamic = "force-dynamic";

const PAGE = "/staff/people";

export default async function PeopleSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const {
    data: { q, hits, error, draft, typed },
  } = await staffPage("person.search", {
    returnTo: PAGE,
    view: {
      load: async (session) => {
        const address = await searchParams;
        // The box's value comes from the draft the search's post kept (not from the address).
        const draft = typeof address.draft === "string" ? address.draft : undefined;
        const q = peopleSearchParams.parse({
          ...address,
          ...(await openStaffForm(draft, session.staff.id, "people")),
        });
        const parsed = q === undefined ? undefined : parsePeopleQuery(q);
        // A search typed into the address (?q=) pages on with it; a posted one with its draft.
        const typed = typeof address.q === "string" && !draft ? address.q : undefined;
        if (!parsed?.ok) return { q, draft, typed, criteria: null, hits: null, error: parsed?.message };
        const hits: PeoplePage = await searchPeople(parsed.criteria, peoplePageRequest(address));
        return { q, draft, typed, criteria: criteriaKinds(parsed.criteria), hits, error: undefined };
      },
      event: ({ criteria, hits }) =>
        criteria && hits
          ? {
              action: "person.searched",
              citizenId: null,
              object: { type: "citizen", id: null },
              details: { criteria, count: hits.total, shown: hits.rows.map((hit) => hit.id) },
            }
          : null,
    },
  });
  return (
    <>
      <h1 className="text-2xl font-bold">Person suchen</h1>
      <div className="mt-4">
        <PersonSearchForm
          action={`${PAGE}/search`}
          fields={[
            {
              id: "q",
              name: "q",
              label: "Suche",
              hint: "Kundennummer, Name (auch ohne Akzente), Geburtsdatum (TT.MM.JJJJ), Telefon oder E-Mail – auch kombiniert, z. B. „Yilmaz 02.04.1971“",
              value: q ?? "",
              error,
            },
          ]}
          focus={hits === null}
        />
      </div>
      {hits !== null ? (
        <PersonHits
          rows={hits.rows}
          total={hits.total}
          paging={hits}
          path={PAGE}
          filters={{ draft, q: typed }}
          personHref={(id) => `${PAGE}/${id}`}
        />
      ) : null}
    </>
  );
}
