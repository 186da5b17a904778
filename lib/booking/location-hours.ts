// A location's opening hours as the admin edits them: one table of periods (weekday, from, to,
// places, places held back, walk-in), checked whole and replaced in one go.
import { z } from "zod";
import { HOURS_FIELDS, hoursPost, INCOMPLETE_HOURS, MAX_HOURS_ROWS } from "./hours-post";
import { single, whole, type FieldProblems, type LocationForm, type Outcome, type Tx } from "./location-settings";

export { MAX_HOURS_ROWS };

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
