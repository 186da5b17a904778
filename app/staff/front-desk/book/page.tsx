// Booking for someone at the counter or on the phone, in under a minute: find the person (or create
// them without an e-mail address), then request type, in person or video, location and the next free
// time (the places held back for the front desk included) with a few others, and "Buchen". Plain
// forms; the choices live in the address (post/redirect/get), what was typed about the person in a
// draft kept on the server (lib/staff/form-drafts.ts), so a refused post loses nothing.
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import {
  BookingChoicesForm,
  BookingDetailsForm,
  type BookingChoices,
  type BookingField,
  type SlotChoice,
} from "@/components/staff/book-for-someone-form";
import { BOOK_PAGE, germanDate, NewPersonForm, PersonHits, PersonSearchForm } from "@/components/staff/person-search";
import { languageName, PORTAL_LANGUAGE_CHOICES } from "@/lib/languages";
import { formatDay, formatTime, freeSlotsForCounter, locationsFor } from "@/lib/booking";
import { ValidationError } from "@/lib/errors";
import { listRequestTypes, requestTypeTitle } from "@/lib/journey";
import {
  criteriaFromFields,
  criteriaKinds,
  findPerson,
  peoplePageRequest,
  searchPeople,
  type PeoplePage,
  type Person,
} from "@/lib/people";
import {
  assertLocation,
  can,
  hasNoLocation,
  inScope,
  locationsOf,
  NO_LOCATION_TEXT,
  openStaffForm,
  problemsFromQuery,
  problemsOf,
  staffPage,
  type LocationScope,
  type Problems,
  type StaffEvent,
  type StaffSession,
  withinScope,
} from "@/lib/staff";
import { berlinDate, toBerlinIso } from "@/lib/time";
import { isCalendarDay, typedDay } from "@/lib/validation";
import { problemText, problemTexts } from "./messages";
import { bookPagePath } from "./paths";
import { phoneForDisplay } from "@/lib/phone";

export const metadata: Metadata = { title: "Termin für jemanden buchen" };
export const dynamic = "force-dynamic";

type Query = Record<string, string | string[] | undefined>;

/** How many times are offered: the next free one and a few others. */
const SLOT_COUNT = 8;

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

const textOf = (query: Query, name: string) => (typeof query[name] === "string" ? query[name] : "");

const searchValues = (query: Query) => ({
  name: textOf(query, "name"),
  dateOfBirth: textOf(query, "dateOfBirth"),
  customerNumber: textOf(query, "customerNumber"),
  phone: textOf(query, "phone"),
});

/** A search for the person, as the search step asked for it: its values, and the people found or why not. */
interface Search {
  values: ReturnType<typeof searchValues>;
  /** null: no search made (none asked for, or refused) */
  hits: PeoplePage | null;
  /** which fields were filled in (not what was typed) */
  criteria: string[];
  problems: Problems;
}

async function searchFor(query: Query): Promise<Search> {
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

function SearchStep({
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

async function BookingStep({
  scope,
  person,
  deskId,
  locations,
  query,
  problems,
}: {
  scope: LocationScope;
  person: Person;
  deskId: string;
  locations: { id: string; name: string }[];
  query: Query;
  problems: Problems;
}) {
  const text = (name: string) => (typeof query[name] === "string" ? query[name] : "");
  const errors: Partial<Record<BookingField, string>> = problemTexts(problems);
  const requestTypes = (await listRequestTypes()).filter(
    (type) => type.allowedChannels.includes("in_person") || type.allowedChannels.includes("video"),
  );
  // Video appointments are at the virtual location: offered when it is one of the staff member's.
  const video = (await locationsFor("video")).find((location) => inScope(scope, location.id));
  const channel = text("channel") === "video" && video ? "video" : "in_person";
  const requestType = requestTypes.find((type) => type.key === text("requestType"));
  const typed = typedDay(text("day"));
  const day = isCalendarDay(typed) ? typed : "";
  const choices: BookingChoices = {
    person: person.id,
    desk: deskId,
    requestType: requestType?.key ?? "",
    channel,
    day,
  };
  const bookingLocationId = channel === "video" && video ? video.id : deskId;

  let slots: SlotChoice[] = [];
  if (requestType && bookingLocationId) {
    try {
      const free = await freeSlotsForCounter(bookingLocationId, requestType.key, {
        count: SLOT_COUNT,
        fromDay: day || undefined,
      });
      slots = free.map((slot) => ({
        value: toBerlinIso(slot.start),
        label: `${formatDay("de", berlinDate(slot.start))}, ${formatTime("de", slot.start)} Uhr`,
      }));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors.requestType ??= problemText("requestType", "notBookable");
    }
  }
  const chosenStart = slots.some((slot) => slot.value === text("start")) ? text("start") : (slots[0]?.value ?? "");
  return (
    <>
      <section aria-labelledby="person-heading" className="mt-6 rounded border border-line bg-surface p-4">
        <h2 id="person-heading" className="text-xl font-bold">
          1. Person: {person.name}
        </h2>
        <p className="mt-1">
          {[
            person.dateOfBirth ? `geb. ${germanDate(person.dateOfBirth)}` : null,
            person.customerNumber ? `Kundennummer ${person.customerNumber}` : null,
            phoneForDisplay(person.phone),
            person.email,
            `Sprache: ${languageName(person.language)}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p className="mt-1">
          <a href={bookPagePath({ location: deskId })}>Andere Person suchen</a>
        </p>
      </section>
      <BookingChoicesForm
        choices={choices}
        requestTypes={requestTypes.map((type) => ({ key: type.key, title: requestTypeTitle(type, "de") }))}
        locations={locations}
        videoPossible={!!video}
        errors={errors}
        focus={!requestType}
      />
      {requestType && slots.length === 0 && !errors.requestType ? (
        <p role="status" className="mt-6 border-s-4 border-accent bg-surface p-3">
          Keine freie Zeit für dieses Anliegen {day ? `ab ${germanDate(day)}` : "in den nächsten Wochen"}. Bitte einen
          anderen Standort, Video oder einen anderen Tag wählen.
        </p>
      ) : null}
      {requestType && slots.length > 0 ? (
        <BookingDetailsForm
          choices={choices}
          bookingLocationId={bookingLocationId}
          formKey={randomUUID()}
          slots={slots}
          details={{
            start: chosenStart,
            assistance: text("assistance") === "phone" ? "phone" : "counter",
            language: PORTAL_LANGUAGE_CHOICES.some((language) => language.code === text("language"))
              ? text("language")
              : person.language,
            interpreter: text("interpreter"),
            accessibilityNeeds: text("accessibilityNeeds"),
            phone: query.phone === undefined ? phoneForDisplay(person.phone) : text("phone"),
            email: query.email === undefined ? (person.email ?? "") : text("email"),
            videoConsent: text("videoConsent") === "yes",
          }}
          languages={PORTAL_LANGUAGE_CHOICES}
          interpreterName={languageName}
          errors={errors}
          focus
        />
      ) : null}
    </>
  );
}
