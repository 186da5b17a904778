// The one reader of a staff page's query string, and keyset paging for every staff list (house style
// rule 12). A page declares its parameters as one zod object; a value that does not fit is dropped
// (the page shows its default) rather than answered with an error, because a query string is typed
// and shared by hand. Lists page by a stable cursor (created_at, id), never by OFFSET: the 10,000th
// page costs what the first does, and a row filed meanwhile neither repeats nor skips one.
import { z } from "zod";
import { hasControlCharacters, isCalendarDay, isUuid } from "@/lib/validation";

/** A page's searchParams as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Rows per page of a staff list. */
export const PAGE_SIZE = 50;

/** The first value of each parameter (a repeated one counts once). */
function firstValues(params: SearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) values[key] = first;
  }
  return values;
}

/** Reads the query string with the page's schema; a parameter that does not fit is left out. */
export function readQuery<Shape extends z.ZodRawShape>(shape: Shape, params: SearchParams) {
  const values = firstValues(params);
  const lenient = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, (schema as z.ZodType).optional().catch(undefined)]),
  ) as unknown as { [K in keyof Shape]: z.ZodCatch<z.ZodOptional<Shape[K]>> };
  return z.object(lenient).parse(values);
}

/** Every value of a repeated parameter (checkboxes, problems by field), each a one-line text; an unfit one is left out. */
export function readQueryList(params: SearchParams, name: string, max = 200): string[] {
  const value = params[name];
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const item = queryText(max);
  return values.flatMap((entry) => {
    const parsed = item.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A one-line text parameter: trimmed, at most `max` characters, no control characters; blank is missing. */
export const queryText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => value !== "" && !hasControlCharacters(value));

/** One of the given values. */
export const queryChoice = <const Values extends readonly [string, ...string[]]>(values: Values) => z.enum(values);

/** A calendar day, YYYY-MM-DD, within DAY_RANGE (a day after it would have no next day to count to). */
export const queryDay = () => z.iso.date().refine(isCalendarDay);

/** Where a list's keyset page starts: after a row, before a row, or at the end. */
export interface Cursor {
  at: Date;
  id: string;
}

/** A cursor as it travels in a link: milliseconds (the columns keep milliseconds) and the row's id. */
export function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.getTime()}_${cursor.id}`;
}

export function decodeCursor(value: string | undefined): Cursor | undefined {
  const match = /^(\d{1,15})_([0-9a-f-]{36})$/i.exec(value ?? "");
  if (!match || !isUuid(match[2])) return undefined;
  return { at: new Date(Number(match[1])), id: match[2].toLowerCase() };
}

/** The paging parameters every list reads: `after`, `before` (cursors) and `end=1` (the last page). */
export const pagingShape = { after: z.string().max(60), before: z.string().max(60), end: z.literal("1") };

export interface PageRequest {
  after?: Cursor;
  before?: Cursor;
  /** the last page (the newest, for a list oldest first) */
  end?: boolean;
}

export function pageRequest(query: { after?: string; before?: string; end?: "1" }): PageRequest {
  const after = decodeCursor(query.after);
  const before = after ? undefined : decodeCursor(query.before);
  return { after, before, end: !after && !before && query.end === "1" };
}

type Order = "asc" | "desc";

/** How to fetch one page: which way to scan from which cursor, one row more than shown (is there more?). */
export function keysetPlan(page: PageRequest, order: Order, size = PAGE_SIZE) {
  const backwards = Boolean(page.before || page.end);
  const scan: Order = backwards ? (order === "asc" ? "desc" : "asc") : order;
  const cursor = page.after ?? page.before ?? null;
  return {
    scan,
    cursor,
    backwards,
    size,
    take: size + 1,
    operator: scan === "asc" ? ("gt" as const) : ("lt" as const),
  };
}
export type KeysetPlan = ReturnType<typeof keysetPlan>;

/**
 * The Prisma condition for rows past the cursor in the scan's direction, on (`column`, id): for a
 * where clause of the list's model (T), e.g. Prisma.FormSubmissionWhereInput. The bound on `column`
 * alone (`>=` or `<=` the cursor's time) says nothing the OR does not, but PostgreSQL starts an index
 * scan at it: without it, the 100th page of the inbox read the 4,950 rows before it and dropped them.
 */
export function keysetWhere<T>(column: string, plan: KeysetPlan): T | undefined {
  if (!plan.cursor) return undefined;
  const { at, id } = plan.cursor;
  return {
    [column]: { [plan.operator === "gt" ? "gte" : "lte"]: at },
    OR: [{ [column]: { [plan.operator]: at } }, { [column]: at, id: { [plan.operator]: id } }],
  } as T;
}

/** The order for the scan, on (`column`, id). */
export function keysetOrder(column: string, plan: KeysetPlan) {
  return [{ [column]: plan.scan }, { id: plan.scan }] as { [key: string]: Order }[];
}

export interface Page<Row> {
  rows: Row[];
  /** cursors for the neighbouring pages; undefined where there is none */
  next?: string;
  previous?: string;
  /** whether this is the first page (a link to it is shown elsewhere) */
  atStart: boolean;
  atEnd: boolean;
}

/** A page of a staff list with the total of rows matching its filters, on all pages. */
export type ListPage<Row> = Page<Row> & { total: number };

/** The page in the list's order from what the plan fetched, with the cursors of its neighbours. */
export function finishPage<Row>(fetched: Row[], plan: KeysetPlan, cursorOf: (row: Row) => Cursor): Page<Row> {
  const more = fetched.length > plan.size;
  const shown = fetched.slice(0, plan.size);
  if (plan.backwards) shown.reverse();
  const atStart = plan.backwards ? !more : plan.cursor === null;
  const atEnd = plan.backwards ? plan.cursor === null : !more;
  const first = shown[0];
  const last = shown[shown.length - 1];
  return {
    rows: shown,
    previous: !atStart && first ? encodeCursor(cursorOf(first)) : undefined,
    next: !atEnd && last ? encodeCursor(cursorOf(last)) : undefined,
    atStart,
    atEnd,
  };
}
