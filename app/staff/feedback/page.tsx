// Feedback and barrier reports sent from the citizen pages (BITV asks for a way to report barriers).
import type { Metadata } from "next";
import { PageLinks } from "@/components/staff/staff-list";
import { listFeedback } from "@/lib/feedback";
import { languageName } from "@/lib/languages";
import { pageRequest, pagingShape, readQuery, type SearchParams } from "@/lib/list-query";
import { staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Rückmeldungen" };
export const dynamic = "force-dynamic";

const ROLE_NAMES = { front_desk: "Eingangszone", caseworker: "Fachkraft", admin: "Administration" } as const;
const KIND_NAMES: Record<string, string> = {
  barrier: "Barriere",
  feedback: "Rückmeldung",
  rating: "Bewertung nach einem Weg",
  staff: "Mitarbeitende zu den Werkzeugen",
};

const dateTime = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Berlin",
});

const PAGE = "/staff/feedback";

export default async function FeedbackPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: list } = await staffPage("feedback.read", {
    returnTo: PAGE,
    view: {
      load: async () => listFeedback({ page: pageRequest(readQuery(pagingShape, await searchParams)) }),
      event: (list) => ({
        action: "feedback.listed",
        citizenId: null,
        object: { type: "feedback", id: null },
        details: { count: list.rows.length },
      }),
    },
  });
  const entries = list.rows;
  return (
    <>
      <h1 className="text-2xl font-bold">Rückmeldungen und gemeldete Barrieren</h1>
      <p className="mt-2">
        Von Bürgerinnen und Bürgern (Rückmeldungen, Barrieren, Bewertungen nach einem Weg) und von Mitarbeitenden zu
        ihren Werkzeugen.
      </p>
      <p role="status" className="mt-2" data-total={list.total}>
        {list.total === 0
          ? "Noch keine Rückmeldungen."
          : `${list.total === 1 ? "Eine Rückmeldung" : `${list.total} Rückmeldungen`}, die neuesten zuerst.`}
      </p>
      <ul className="mt-6 flex flex-col gap-3">
        {entries.map((entry) => (
          <li key={entry.id} className="rounded border border-line p-3">
            <p className="font-semibold">
              {KIND_NAMES[entry.kind] ?? entry.kind} · {dateTime.format(entry.createdAt)}
              {entry.staffRole
                ? ` · Rolle ${ROLE_NAMES[entry.staffRole]}`
                : ` · Sprache ${languageName(entry.language)}`}
              {entry.rating ? ` · Bewertung ${entry.rating}/5` : ""}
            </p>
            {entry.pageUrl ? <p className="text-sm text-muted">Seite: {entry.pageUrl}</p> : null}
            {/* data-own-words: the sender's text as written; the plain-words crawl does not judge it. */}
            {entry.message ? (
              <p className="mt-1 whitespace-pre-wrap" data-own-words>
                {entry.message}
              </p>
            ) : null}
            {entry.email ? <p className="mt-1 text-sm">Antwort erbeten an: {entry.email}</p> : null}
          </li>
        ))}
      </ul>
      <PageLinks caption="Rückmeldungen" path={PAGE} filters={{}} paging={list} />
    </>
  );
}
