// Find a person: one box for customer number, name as typed (without accents or with a typo), date
// of birth, phone or e-mail; the closest names first, each a link to the person page. The search is
// recorded with the kinds of criteria used and the people listed, never what was typed. The box
// posts; what was typed is kept on the server, never in the address.
import type { Metadata } from "next";
import { germanDate } from "@/components/staff/person-search";
import { Button } from "@/components/ui/buttons";
import { TextField } from "@/components/ui/fields";
import { criteriaKinds, parsePeopleQuery, peopleSearchParams, searchPeople, type PersonHit } from "@/lib/people";
import { openStaffForm, staffPage } from "@/lib/staff";
import { languageName } from "@/lib/languages";
import { phoneForDisplay } from "@/lib/phone";

export const metadata: Metadata = { title: "Person suchen" };
export const dynamic = "force-dynamic";

const PAGE = "/staff/people";

export default async function PeopleSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const {
    data: { q, hits, error },
  } = await staffPage("person.search", {
    returnTo: PAGE,
    view: {
      load: async (session) => {
        const address = await searchParams;
        // The box's value comes from the draft the search's post kept (not from the address).
        const q = peopleSearchParams.parse({
          ...address,
          ...(await openStaffForm(address.draft, session.staff.id, "people")),
        });
        const parsed = q === undefined ? undefined : parsePeopleQuery(q);
        if (!parsed?.ok) return { q, criteria: null, hits: null, error: parsed?.message };
        const hits: PersonHit[] = await searchPeople(parsed.criteria);
        return { q, criteria: criteriaKinds(parsed.criteria), hits, error: undefined };
      },
      event: ({ criteria, hits }) =>
        criteria && hits
          ? {
              action: "person.searched",
              citizenId: null,
              object: { type: "citizen", id: null },
              details: { criteria, count: hits.length, shown: hits.map((hit) => hit.id) },
            }
          : null,
    },
  });
  return (
    <>
      <h1 className="text-2xl font-bold">Person suchen</h1>
      <form method="post" action={`${PAGE}/search`} role="search" aria-label="Person suchen" className="mt-4 max-w-2xl">
        <TextField
          id="q"
          name="q"
          label="Suche"
          hint="Kundennummer, Name (auch ohne Akzente), Geburtsdatum (TT.MM.JJJJ), Telefon oder E-Mail – auch kombiniert, z. B. „Yilmaz 02.04.1971“"
          defaultValue={q ?? ""}
          error={error}
          autoFocus={hits === null}
          autoComplete="off"
          spellCheck={false}
        />
        <Button>Suchen</Button>
      </form>
      {hits !== null ? <Hits hits={hits} /> : null}
    </>
  );
}

function Hits({ hits }: { hits: PersonHit[] }) {
  if (hits.length === 0)
    return (
      <p role="status" className="mt-6 border-s-4 border-brand bg-surface p-3">
        Niemand gefunden.
      </p>
    );
  return (
    <section aria-labelledby="hits-heading" className="mt-8">
      <h2 id="hits-heading" className="text-xl font-bold" role="status">
        {hits.length === 1 ? "1 Person gefunden" : `${hits.length} Personen gefunden`}
      </h2>
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
              <th scope="col" className="py-2">
                Sprache
              </th>
            </tr>
          </thead>
          <tbody>
            {hits.map((hit, index) => (
              <tr key={hit.id} className="border-b border-line">
                <th scope="row" className="py-2 pe-4 font-semibold">
                  <a href={`${PAGE}/${hit.id}`} autoFocus={index === 0}>
                    {hit.name}
                  </a>
                </th>
                <td className="py-2 pe-4">{germanDate(hit.dateOfBirth) || "–"}</td>
                <td className="py-2 pe-4">{hit.customerNumber ?? "–"}</td>
                <td className="py-2 pe-4">
                  {[phoneForDisplay(hit.phone), hit.email].filter(Boolean).join(", ") || "–"}
                </td>
                <td className="py-2">{languageName(hit.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
