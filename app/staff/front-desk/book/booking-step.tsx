// The booking page's second step, for the person found: request type, in person or video, location
// and day, then the next free times (the places held back for the front desk included) and "Buchen".
import { randomUUID } from "node:crypto";
import {
  BookingChoicesForm,
  BookingDetailsForm,
  type BookingChoices,
  type BookingField,
  type SlotChoice,
} from "@/components/staff/book-for-someone-form";
import { germanDate } from "@/components/staff/person-search";
import { formatDay, formatTime, freeSlotsForCounter, locationsFor } from "@/lib/booking";
import { ValidationError } from "@/lib/errors";
import { listRequestTypes, requestTypeTitle } from "@/lib/journey";
import { languageName, PORTAL_LANGUAGE_CHOICES } from "@/lib/languages";
import type { Person } from "@/lib/people";
import { phoneForDisplay } from "@/lib/phone";
import { inScope, type LocationScope, type Problems } from "@/lib/staff";
import { berlinDate, toBerlinIso } from "@/lib/time";
import { isCalendarDay, typedDay } from "@/lib/validation";
import { textOf, type Query } from "./form-values";
import { problemText, problemTexts } from "./messages";
import { bookPagePath } from "./paths";

/** How many times are offered: the next free one and a few others. */
const SLOT_COUNT = 8;

export async function BookingStep({
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
  const text = (name: string) => textOf(query, name);
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
