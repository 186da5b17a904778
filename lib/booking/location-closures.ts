// A location's closures as the admin enters them: single days and ranges, and the public holidays
// of the location's state proposed as closure days (date-holidays), each a closure of this location.
import Holidays from "date-holidays";
import { z } from "zod";
import { db } from "@/lib/db";
import { addDays, berlinDate } from "@/lib/time";
import { isCalendarDay, text, typedDay } from "@/lib/validation";
import {
  isState,
  problemsOf,
  single,
  type FieldProblems,
  type LocationForm,
  type Outcome,
  type StateCode,
  type Tx,
} from "./location-settings";

const day = (messages: { missing: string; invalid: string }) =>
  z
    .string()
    .transform(typedDay)
    .refine((value) => value !== "", messages.missing)
    .refine((value) => value === "" || isCalendarDay(value), messages.invalid);

/** Longest closure at once: a year. */
const MAX_CLOSURE_DAYS = 366;

export const closureSchema = z
  .object({
    startsOn: day({
      missing: "Bitte geben Sie den ersten Tag an (TT.MM.JJJJ).",
      invalid: "Der erste Tag ist kein gültiger Tag (TT.MM.JJJJ).",
    }),
    endsOn: z.string().transform(typedDay),
    reason: text({
      min: 1,
      max: 200,
      messages: {
        required: "Bitte geben Sie einen Grund an.",
        tooShort: "Bitte geben Sie einen Grund an.",
        tooLong: "Der Grund darf höchstens 200 Zeichen lang sein.",
        characters: "Der Grund enthält unzulässige Zeichen.",
      },
    }),
  })
  .transform((closure) => ({ ...closure, endsOn: closure.endsOn === "" ? closure.startsOn : closure.endsOn }))
  .superRefine((closure, context) => {
    if (!isCalendarDay(closure.endsOn))
      return void context.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "Der letzte Tag ist kein gültiger Tag (TT.MM.JJJJ).",
      });
    if (closure.endsOn < closure.startsOn)
      return void context.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "Der letzte Tag liegt vor dem ersten.",
      });
    if (addDays(closure.startsOn, MAX_CLOSURE_DAYS - 1) < closure.endsOn)
      context.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: `Eine Schließung dauert höchstens ${MAX_CLOSURE_DAYS} Tage.`,
      });
  });
export type ClosureInput = z.output<typeof closureSchema>;

export interface ClosureRow {
  id: string;
  startsOn: string;
  endsOn: string;
  reason: string;
  holiday: boolean;
  /** a closure of every location (not removable here) */
  everywhere: boolean;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The location's closures that have not ended before today, with those of every location. */
export async function listClosures(tx: Tx = db, locationId: string, now = new Date()): Promise<ClosureRow[]> {
  const rows = await tx.closure.findMany({
    where: { OR: [{ locationId }, { locationId: null }], endsOn: { gte: new Date(`${berlinDate(now)}T00:00:00Z`) } },
    orderBy: [{ startsOn: "asc" }, { endsOn: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    startsOn: isoDay(row.startsOn),
    endsOn: isoDay(row.endsOn),
    reason: row.reason,
    holiday: row.holiday,
    everywhere: row.locationId === null,
  }));
}

/** The closure form read and checked; days in the past are refused (they change nothing). */
export function parseClosure(form: LocationForm, now = new Date()): Outcome<ClosureInput> {
  const parsed = closureSchema.safeParse({
    startsOn: single(form, "startsOn"),
    endsOn: single(form, "endsOn"),
    reason: single(form, "reason"),
  });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  if (parsed.data.endsOn < berlinDate(now))
    return { ok: false, problems: { startsOn: "Die Schließung liegt ganz in der Vergangenheit." } };
  return { ok: true, value: parsed.data };
}

/** A closure of one location (the form as parseClosure reads it). */
export async function addClosure(
  tx: Tx,
  locationId: string,
  form: LocationForm,
  now = new Date(),
): Promise<Outcome<ClosureInput>> {
  const parsed = parseClosure(form, now);
  if (!parsed.ok) return parsed;
  await tx.closure.create({
    data: {
      locationId,
      startsOn: new Date(`${parsed.value.startsOn}T00:00:00Z`),
      endsOn: new Date(`${parsed.value.endsOn}T00:00:00Z`),
      reason: parsed.value.reason,
    },
  });
  return { ok: true, value: parsed.value };
}

/** Removes one closure of this location (never one of every location); null when there is none. */
export async function removeClosure(tx: Tx, locationId: string, closureId: string): Promise<ClosureRow | null> {
  if (!z.uuid().safeParse(closureId).success) return null;
  const closure = await tx.closure.findFirst({ where: { id: closureId, locationId } });
  if (!closure) return null;
  await tx.closure.delete({ where: { id: closure.id } });
  return {
    id: closure.id,
    startsOn: isoDay(closure.startsOn),
    endsOn: isoDay(closure.endsOn),
    reason: closure.reason,
    holiday: closure.holiday,
    everywhere: false,
  };
}

export interface ProposedHoliday {
  day: string;
  name: string;
}

/** How far ahead public holidays are proposed. */
const HOLIDAY_WINDOW_DAYS = 400;

/** The public holidays of a state from `from` on for a year and a bit (date-holidays, type "public" only). */
export function publicHolidays(state: StateCode, from: string): ProposedHoliday[] {
  const calendar = new Holidays("DE", state, { types: ["public"] });
  const to = addDays(from, HOLIDAY_WINDOW_DAYS);
  const holidays = new Map<string, string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const holiday of calendar.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type === "public" && date >= from && date <= to && !holidays.has(date))
        holidays.set(date, holiday.name);
    }
  }
  return [...holidays].map(([date, name]) => ({ day: date, name })).sort((a, b) => a.day.localeCompare(b.day));
}

/** The public holidays of the location's state not yet covered by one of its closures. */
export function proposedHolidays(
  state: string | null,
  closures: readonly ClosureRow[],
  now = new Date(),
): ProposedHoliday[] {
  if (!state || !isState(state)) return [];
  return publicHolidays(state, berlinDate(now)).filter(
    ({ day }) => !closures.some((closure) => closure.startsOn <= day && day <= closure.endsOn),
  );
}

export type HolidayOutcome = { ok: true; holiday: ProposedHoliday } | { ok: false; problems: FieldProblems };

/** Takes over one proposed public holiday as a closure day; the name comes from the library, not the form. */
export async function acceptHoliday(
  tx: Tx,
  location: { id: string; state: string | null },
  form: LocationForm,
  now = new Date(),
): Promise<HolidayOutcome> {
  const requested = single(form, "day");
  const holiday = proposedHolidays(location.state, await listClosures(tx, location.id, now), now).find(
    (candidate) => candidate.day === requested,
  );
  if (!holiday)
    return {
      ok: false,
      problems: {
        day: "Dieser Tag ist kein vorgeschlagener Feiertag (mehr): Er ist schon geschlossen, vorbei oder kein gesetzlicher Feiertag des Bundeslands.",
      },
    };
  await tx.closure.create({
    data: {
      locationId: location.id,
      startsOn: new Date(`${holiday.day}T00:00:00Z`),
      endsOn: new Date(`${holiday.day}T00:00:00Z`),
      reason: holiday.name,
      holiday: true,
    },
  });
  return { ok: true, holiday };
}
