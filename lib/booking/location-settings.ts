// A location as the admin edits it: address and accessibility, booking window, opening hours with
// capacity and the front desk's share, and closures (single days, ranges, proposed public holidays
// of the location's state). Each change is parsed here with its one zod schema (German messages by
// field) and written in the staff door's transaction; triggers raise the location's rules version,
// so the booking gate sees a change at its next request (slots.ts).
import Holidays from "date-holidays";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, berlinDate } from "@/lib/time";
import { isCalendarDay, text, typedDay } from "@/lib/validation";
import { HOURS_FIELDS, hoursPost, INCOMPLETE_HOURS, MAX_HOURS_ROWS } from "./hours-post";

export { MAX_HOURS_ROWS };

type Tx = Prisma.TransactionClient;

/** The federal states, as date-holidays names them, with their German names. */
export const STATES = {
  BW: "Baden-Württemberg",
  BY: "Bayern",
  BE: "Berlin",
  BB: "Brandenburg",
  HB: "Bremen",
  HH: "Hamburg",
  HE: "Hessen",
  MV: "Mecklenburg-Vorpommern",
  NI: "Niedersachsen",
  NW: "Nordrhein-Westfalen",
  RP: "Rheinland-Pfalz",
  SL: "Saarland",
  SN: "Sachsen",
  ST: "Sachsen-Anhalt",
  SH: "Schleswig-Holstein",
  TH: "Thüringen",
} as const;
export type StateCode = keyof typeof STATES;
const isState = (value: string): value is StateCode => Object.hasOwn(STATES, value);

/** Field problems: field name → German message. */
export type FieldProblems = Record<string, string>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: FieldProblems };

/** Any posted form: the door lets it through, the schemas below say what is wrong by field. */
export const locationForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export type LocationForm = z.infer<typeof locationForm>;

const single = (form: LocationForm, name: string): string => {
  const value = form[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
};

function problemsOf(error: z.ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    problems[field] ??= issue.message;
  }
  return problems;
}

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

const whole = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, `${label}: bitte eine ganze Zahl von ${min} bis ${max}.`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${label}: bitte eine ganze Zahl von ${min} bis ${max}.`);

export const detailsSchema = z.object({
  street: text({
    min: 1,
    max: 200,
    messages: {
      required: "Bitte geben Sie Straße und Hausnummer an.",
      tooShort: "Bitte geben Sie Straße und Hausnummer an.",
      tooLong: "Höchstens 200 Zeichen.",
      characters: "Unzulässige Zeichen.",
    },
  }),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Die Postleitzahl hat fünf Ziffern."),
  city: text({
    min: 1,
    max: 100,
    messages: {
      required: "Bitte geben Sie den Ort an.",
      tooShort: "Bitte geben Sie den Ort an.",
      tooLong: "Höchstens 100 Zeichen.",
      characters: "Unzulässige Zeichen.",
    },
  }),
  state: z
    .string()
    .refine((value) => value === "" || isState(value), "Bitte wählen Sie ein Bundesland.")
    .transform((value) => (value === "" ? null : value)),
  stepFree: z.boolean(),
  accessibilityNotes: text({
    max: 1000,
    multiline: true,
    messages: { tooLong: "Höchstens 1.000 Zeichen.", characters: "Unzulässige Zeichen." },
  }).transform((value) => value || null),
  walkInNotes: text({
    max: 500,
    multiline: true,
    messages: { tooLong: "Höchstens 500 Zeichen.", characters: "Unzulässige Zeichen." },
  }).transform((value) => value || null),
  minNoticeMinutes: whole("Mindestvorlauf", 0, 20160),
  horizonDays: whole("Buchungszeitraum", 1, 365),
});
export type LocationDetails = z.output<typeof detailsSchema>;

/** The fields of the details form as posted (for the form to keep them after a refusal). */
export const DETAIL_FIELDS = [
  "street",
  "postalCode",
  "city",
  "state",
  "accessibilityNotes",
  "walkInNotes",
  "minNoticeMinutes",
  "horizonDays",
] as const;

/** A setting's value as it is stored and recorded. */
type SettingValue = string | number | boolean | null;

export type DetailsOutcome =
  | { ok: true; changed: Record<string, { from: SettingValue; to: SettingValue }> }
  | { ok: false; problems: FieldProblems }
  | { ok: false; problems: null };

/** Address, accessibility, walk-in notes and booking window; what changed (for the audit event). */
export async function updateLocationDetails(tx: Tx, locationId: string, form: LocationForm): Promise<DetailsOutcome> {
  // A field the form always sends, missing: not the form as the admin saw it; an absent note must
  // not be read as one emptied.
  const missing = DETAIL_FIELDS.find((field) => !(field in form));
  if (missing)
    return {
      ok: false,
      problems: { [missing]: "Das Formular ist unvollständig angekommen; es wurde nichts geändert." },
    };
  const raw = Object.fromEntries(DETAIL_FIELDS.map((field) => [field, single(form, field)]));
  const parsed = detailsSchema.safeParse({ ...raw, stepFree: single(form, "stepFree") === "1" });
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const before = await tx.location.findUnique({ where: { id: locationId } });
  if (!before) return { ok: false, problems: null };
  const changed: Record<string, { from: SettingValue; to: SettingValue }> = {};
  for (const [field, value] of Object.entries(parsed.data)) {
    const previous = before[field as keyof typeof parsed.data];
    if (previous !== value) changed[field] = { from: previous, to: value };
  }
  if (Object.keys(changed).length > 0) await tx.location.update({ where: { id: locationId }, data: parsed.data });
  return { ok: true, changed };
}

export const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"] as const;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = (label: string) => z.string().trim().regex(CLOCK, `${label}: bitte als SS:MM, z. B. 08:00.`);

const hoursRow = z
  .object({
    weekday: z
      .string()
      .regex(/^[1-7]$/, "Bitte wählen Sie einen Wochentag.")
      .transform(Number),
    opensAt: clock("Beginn"),
    closesAt: clock("Ende"),
    capacity: whole("Plätze", 0, 99),
    frontDeskReserve: whole("Davon für Eingangszone und ohne Termin", 0, 99),
    walkIn: z.boolean(),
  })
  .superRefine((row, context) => {
    const clocks = [row.opensAt, row.closesAt].every((value) => CLOCK.test(value));
    if (clocks && row.closesAt <= row.opensAt)
      context.addIssue({ code: "custom", path: ["closesAt"], message: "Das Ende liegt nicht nach dem Beginn." });
    if (row.frontDeskReserve > row.capacity)
      context.addIssue({
        code: "custom",
        path: ["frontDeskReserve"],
        message: "Es können nicht mehr Plätze zurückgehalten werden, als es gibt.",
      });
  });
export type HoursRow = z.output<typeof hoursRow>;

export type HoursOutcome = { ok: true; before: HoursRow[]; after: HoursRow[] } | { ok: false; problems: FieldProblems };

/**
 * The opening hours as one table: row i is posted as `row-<i>-<field>`; an empty row is skipped,
 * a row with `row-<i>-remove` is dropped. Rows of one weekday must not overlap. All rows are
 * replaced in one go.
 */
export async function saveOpeningHours(tx: Tx, locationId: string, form: LocationForm): Promise<HoursOutcome> {
  const read = readOpeningHours(form);
  if (!read.ok) return read;
  const rows = read.value;
  const before = await tx.openingHours.findMany({
    where: { locationId },
    orderBy: [{ weekday: "asc" }, { opensAt: "asc" }],
    select: { weekday: true, opensAt: true, closesAt: true, capacity: true, frontDeskReserve: true, walkIn: true },
  });
  await tx.openingHours.deleteMany({ where: { locationId } });
  await tx.openingHours.createMany({ data: rows.map((row) => ({ ...row, locationId })) });
  return { ok: true, before, after: rows };
}

/** The opening hours form read and checked whole (saveOpeningHours' rules), without saving. */
export function readOpeningHours(form: LocationForm): Outcome<HoursRow[]> {
  if (!hoursPost.safeParse(form).success) return { ok: false, problems: { hours: INCOMPLETE_HOURS } };
  const rows: HoursRow[] = [];
  const problems: FieldProblems = {};
  for (let index = 0; index < MAX_HOURS_ROWS; index += 1) {
    const field = (name: string) => single(form, `row-${index}-${name}`);
    if (field("remove") === "1" || HOURS_FIELDS.every((name) => field(name).trim() === "")) continue;
    const parsed = hoursRow.safeParse({
      ...Object.fromEntries(HOURS_FIELDS.map((name) => [name, field(name)])),
      walkIn: field("walkIn") === "1",
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems[`row-${index}-${String(issue.path[0])}`] ??= `Zeile ${index + 1}: ${issue.message}`;
    } else rows.push(parsed.data);
  }
  rows.sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt));
  for (let index = 1; index < rows.length; index += 1) {
    const [previous, row] = [rows[index - 1], rows[index]];
    if (previous.weekday === row.weekday && row.opensAt < previous.closesAt)
      problems.hours ??= `${WEEKDAYS[row.weekday - 1]}: ${previous.opensAt}–${previous.closesAt} und ${row.opensAt}–${row.closesAt} überschneiden sich.`;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: rows };
}

/** Every location for the admin's list. */
export function listLocations(tx: Tx = db) {
  return tx.location.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, street: true, postalCode: true, city: true, state: true, active: true },
  });
}

/** One location with its opening hours, or null. */
export function findLocationForAdmin(tx: Tx = db, id: string) {
  if (!z.uuid().safeParse(id).success) return Promise.resolve(null);
  return tx.location.findUnique({
    where: { id },
    include: { openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] } },
  });
}
