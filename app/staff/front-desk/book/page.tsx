// Booking for someone at the counter or on the phone, in under a minute: find the person (or create
// them without an e-mail address), then request type, in person or video, location and the next free
// time (the places held back for the front desk included) with a few others, and "Buchen". Plain
// forms; the choices live in the address (post/redirect/get), what was typed about the person in a
// draft kept on the server (lib/staff/form-drafts.ts), so a refused post loses nothing.
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { BOOK_PAGE } from "@/components/staff/person-search";
import { locationsFor } from "@/lib/booking";
import { findPerson } from "@/lib/people";
import {
  assertLocation,
  can,
  hasNoLocation,
  locationsOf,
  NO_LOCATION_TEXT,
  openStaffForm,
  problemsFromQuery,
  staffPage,
  type StaffEvent,
  withinScope,
} from "@/lib/staff";
import { BookingStep } from "./booking-step";
import { textOf, type Query } from "./form-values";
import { searchFor, searchValues, SearchStep } from "./search-step";

export const metadata: Metadata = { title: "Termin für jemanden buchen" };
export const dynamic = "force-dynamic";

export default async function BookForSomeonePage({ searchParams }: { searchParams: Promise<Query> }) {
  const {
    session,
    data: { query, person, search },
  } = await staffPage("person.find", {
    returnTo: BOOK_PAGE,
    view: {
      load: async (session) => {
        const address = await searchParams;
        // What was typed (a search, a refused form) is kept on the server; the address names the draft only.
        const query: Query = { ...address, ...(await openStaffForm(address.draft, session.staff.id, "book")) };
        const person = textOf(query, "person") ? await findPerson(textOf(query, "person")) : null;
        if (person && !can(session.staff.role, "appointment.book-for-someone")) forbidden();
        return { query, person, search: person ? null : await searchFor(query) };
      },
      event: ({ person, search }): StaffEvent | null => {
        if (person)
          return {
            action: "person.viewed",
            citizenId: person.id,
            object: { type: "citizen", id: person.id },
            details: {},
          };
        if (!search?.hits) return null;
        return {
          action: "person.searched",
          citizenId: null,
          object: { type: "citizen", id: null },
          details: {
            criteria: search.criteria,
            count: search.hits.total,
            shown: search.hits.rows.map((hit) => hit.id),
          },
        };
      },
    },
  });
  const text = (name: string) => textOf(query, name);
  const problems = problemsFromQuery(query);
  const [scope, everyLocation] = await Promise.all([locationsOf(session), locationsFor("in_person")]);
  // Booking at another location is refused (403); the choices are the staff member's locations.
  if (everyLocation.some((location) => location.id === text("location")))
    await assertLocation(session, text("location"));
  const locations = withinScope(scope, everyLocation, (location) => location.id);
  const desk = locations.find((location) => location.id === text("location")) ?? locations[0];
  const deskId = desk?.id ?? "";
  return (
    <>
      <h1 className="text-2xl font-bold">Termin für jemanden buchen</h1>
      <p className="mt-1 text-muted">
        {desk ? `Standort: ${desk.name}` : hasNoLocation(scope) ? NO_LOCATION_TEXT : "Kein Standort angelegt."} ·{" "}
        <a href={`/staff/front-desk${deskId ? `?location=${encodeURIComponent(deskId)}` : ""}`}>Zur Tagesübersicht</a>
      </p>
      {person ? (
        <BookingStep
          scope={scope}
          person={person}
          deskId={deskId}
          locations={locations}
          query={query}
          problems={problems}
        />
      ) : (
        <SearchStep
          session={session}
          deskId={deskId}
          query={query}
          problems={problems}
          search={search ?? { values: searchValues(query), hits: null, criteria: [], problems: {} }}
          unknownPerson={!!text("person")}
        />
      )}
    </>
  );
}
