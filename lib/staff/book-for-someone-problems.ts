// What the front desk's booking forms can be refused for, as problem codes by form field: made from
// the field errors of the booking gate and the person schema (their codes, and their field paths
// such as "person.phone"), carried back to the page in the address (e.<field>=<code>) and read
// from there. The page holds the German sentences; an unknown field or code is ignored.

export const PROBLEM_FIELDS = [
  "form",
  "person",
  "name",
  "dateOfBirth",
  "phone",
  "email",
  "customerNumber",
  "language",
  "requestType",
  "channel",
  "location",
  "start",
  "assistance",
  "interpreter",
  "accessibilityNeeds",
  "videoConsent",
] as const;

export type ProblemField = (typeof PROBLEM_FIELDS)[number];

export const PROBLEM_CODES = [
  "name",
  "email",
  "phone",
  "tooLong",
  "invalidCharacters",
  "consent",
  "notBookable",
  "dateOfBirth",
  "language",
  "nameTooShort",
  "criterion",
  "taken",
  "tooMany",
  "sentTwice",
  "unknownPerson",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Problems = Partial<Record<ProblemField, ProblemCode>>;

const isField = (value: string): value is ProblemField => (PROBLEM_FIELDS as readonly string[]).includes(value);
const isCode = (value: string): value is ProblemCode => (PROBLEM_CODES as readonly string[]).includes(value);

/** Where a field path of the gate or the person schema shows on the staff forms. */
function formField(path: string): ProblemField {
  if (path === "person.phone") return "phone";
  if (path === "person.email") return "email";
  // The person's name and customer number come from the stored person, not from this form.
  if (path.startsWith("person.")) return "person";
  if (path === "locationId") return "location";
  if (path === "actor" || path.startsWith("actor.")) return "assistance";
  return isField(path) ? path : "form";
}

/** The first problem of each field; messages that are no code (a rule's English sentence) read as "notBookable". */
export function problemsOf(fields: Record<string, string[]>): Problems {
  const problems: Problems = {};
  for (const [path, messages] of Object.entries(fields)) {
    const target = formField(path);
    const message = messages[0] ?? "";
    problems[target] ??= isCode(message) ? message : "notBookable";
  }
  return problems;
}

/** The problems as query parameters of the page to come back to. */
export function problemQuery(problems: Problems): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([name, code]) => [`e.${name}`, code]));
}

/** The problems a page address carries (anything else in it is ignored). */
export function problemsFromQuery(query: Record<string, string | string[] | undefined>): Problems {
  const problems: Problems = {};
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith("e.") || typeof value !== "string") continue;
    const name = key.slice(2);
    if (isField(name) && isCode(value)) problems[name] = value;
  }
  return problems;
}
