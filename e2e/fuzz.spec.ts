// Malformed requests over every public route, listed from the file system (app/**/route.ts with
// their exported methods, app/**/page.tsx), so that a new route is fuzzed without editing this file;
// then over every staff page and post (tests/staff-entry-files.ts, with the roles of
// e2e/staff/access-table.ts), signed in as the front desk, a caseworker and an admin.
// Bad input must get a 4xx, a redirect or a calm page: never a 5xx, never a stack trace or SQL text.
// Bounded: a fixed list of requests against the local e2e server, stopped by a time budget.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from "@playwright/test";
import { locales } from "@/i18n/routing";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { PROJECT_ROOT, staffEntryFiles } from "@/tests/staff-entry-files";
import { expect, test } from "./fixtures";
import { AREAS, OPEN_FILES, SAMPLE_SEGMENTS, STAFF_ACCESS } from "./staff/access-table";
import { createStaffUser } from "./staff/helpers";

const APP = fileURLToPath(new URL("../app/", import.meta.url));
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const BUDGET_MS = 7 * 60_000;
const PARALLEL = 4;
/** Text a body must never show: stack frames, module paths, database internals. */
const LEAKS = [
  /\bat Object\./,
  /\bat async\b/,
  /node_modules/,
  /PrismaClient/,
  /\bSELECT /,
  /syntax error at/,
  /invalid byte sequence/,
  /unsupported Unicode escape/,
  /ECONNREFUSED/,
];
/** Every request comes from this address, so that the fuzz fills rate-limit buckets of its own. */
const HEADERS = { "Accept-Language": "de-DE", "X-Forwarded-For": "198.51.100.77" };

/** Decoded text values: control characters, broken Unicode, impossible and clock-change dates, wrong types as text. */
const BAD_TEXT = [
  "\u0000",
  "a\u0000b",
  "\u0001\u001f",
  "line\nbreak\r\n\t",
  "\u007f\u0085",
  "\u2028\u2029",
  "\uffff",
  "x".repeat(5000),
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "2026-02-30",
  "2026-03-29T02:30",
  "2026-10-25T02:30+01:00",
  "2026-13-01T25:61",
  "-1",
  "1e309",
  "NaN",
  "null",
  "[]",
  "",
];
/** Raw, already percent-encoded values for paths and queries: NUL and control characters, malformed encodings. */
const BAD_RAW = [
  "%00",
  "a%00b",
  "%0A%0D",
  "%01%1F",
  "%7F",
  "%C2%85",
  "%E2%80%A8",
  "%ED%A0%80",
  "%ff",
  "%c0%ae",
  "%",
  "%zz",
  "..%2F..%2Fetc",
  "x".repeat(3000),
  "2026-02-30",
  "2026-03-29T02%3A30",
];
/** Query parameters the pages and the API read. */
const QUERY_NAMES = [
  "journey",
  "requestType",
  "channel",
  "draft",
  "kind",
  "page",
  "day",
  "from",
  "to",
  "start",
  "locale",
  "errors",
  "return",
  "filed",
  "preference",
  "needs",
  "language",
  "token",
  "result",
  "booked",
  "done",
  "callbackUrl",
];
/** JSON bodies that are not what any route expects: wrong types, deep nesting, NUL in keys, too large. */
const BAD_JSON = [
  "{}",
  "[]",
  "null",
  '"text"',
  "42",
  "true",
  JSON.stringify({ "\u0000": "\u0000" }),
  `${"[".repeat(5000)}${"]".repeat(5000)}`,
  `${'{"a":'.repeat(3000)}1${"}".repeat(3000)}`,
  JSON.stringify({
    requestType: 5,
    preference: ["x"],
    situation: "x",
    channel: {},
    start: 1,
    locationId: null,
    form: [],
    data: 7,
  }),
  JSON.stringify({ blob: "x".repeat(300_000) }),
];

interface Route {
  pattern: string;
  parts: string[];
  methods: string[];
  page: boolean;
}
type FetchOptions = NonNullable<Parameters<APIRequestContext["fetch"]>[1]>;
interface Case {
  route: string;
  input: string;
  send: Request;
}
interface Request {
  method: string;
  url: string;
  options?: FetchOptions;
}

function exportedMethods(source: string): string[] {
  const direct = [
    ...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g),
  ].map((m) => m[1]);
  const renamed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    [...m[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((n) => n[1]),
  );
  return [...new Set([...direct, ...renamed])];
}

function discover(dir = APP, parts: string[] = []): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): Route[] => {
    if (entry.isDirectory())
      return /^[_@]/.test(entry.name) ? [] : discover(path.join(dir, entry.name), [...parts, entry.name]);
    const pattern = `/${parts.join("/")}`;
    if (entry.name === "page.tsx") return [{ pattern, parts, methods: ["GET"], page: true }];
    if (entry.name === "route.ts")
      return [
        { pattern, parts, methods: exportedMethods(readFileSync(path.join(dir, entry.name), "utf8")), page: false },
      ];
    return [];
  });
}

const dynamicName = (part: string) => /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(part)?.[1];

/** The URL of a route with its dynamic segments filled; `bad` replaces one segment with a raw value. */
function fill(route: Route, good: (name: string) => string, bad?: { name: string; raw: string }): string {
  const segments = route.parts
    .filter((part) => !/^\(.*\)$/.test(part))
    .map((part) => {
      const name = dynamicName(part);
      if (!name) return part;
      return bad?.name === name ? bad.raw : good(name);
    });
  return `/${segments.filter((segment) => segment !== "").join("/")}`;
}

/** A form of a page: its action and a valid-looking value per field (the first choice, the hidden value, or a text). */
interface CrawledForm {
  action: string;
  fields: Record<string, string>;
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

function formsOf(html: string): CrawledForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].flatMap((match) => {
    const action = /\baction="([^"]*)"/.exec(match[1])?.[1];
    if (!action || !/method="post"/i.test(match[1]) || /multipart/.test(match[1])) return [];
    const fields: Record<string, string> = {};
    for (const field of match[2].matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
      const name = /\bname="([^"]+)"/.exec(field[2])?.[1];
      if (!name || name in fields) continue;
      const type = /\btype="([^"]+)"/.exec(field[2])?.[1] ?? "text";
      const value = /\bvalue="([^"]*)"/.exec(field[2])?.[1];
      fields[name] = value
        ? decode(value)
        : type === "email"
          ? "fuzz@example.org"
          : type === "date"
            ? new Date().toISOString().slice(0, 10)
            : "Test";
    }
    return [{ action: decode(action), fields }];
  });
}

/** What an operation of the OpenAPI document takes, filled with a valid-looking value. */
function sample(schema: Record<string, unknown> | undefined): unknown {
  if (!schema) return "x";
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.type === "object")
    return Object.fromEntries(
      Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>).map(([key, value]) => [
        key,
        sample(value),
      ]),
    );
  if (schema.type === "array") return [sample(schema.items as Record<string, unknown>)];
  if (schema.type === "integer" || schema.type === "number") return 1;
  if (schema.type === "boolean") return true;
  return schema.format === "date-time" ? "2026-03-29T02:30:00+01:00" : "x";
}

const send = (method: string, url: string, options: FetchOptions = {}): Request => ({ method, url, options });

/**
 * One cookie jar per language: a page in English stores English in the language cookie, and with
 * it every unprefixed (German) path would only redirect to its English twin.
 */
async function client(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined) {
  const jars = new Map<string, APIRequestContext>();
  const fetch = async ({ method, url, options = {} }: Request): Promise<APIResponse> => {
    const first = url.split("/")[1] ?? "";
    const jar = (locales as readonly string[]).includes(first) ? first : "de";
    if (!jars.has(jar)) jars.set(jar, await playwright.request.newContext({ baseURL }));
    return jars.get(jar)!.fetch(url, {
      method,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: 30_000,
      ...options,
      headers: { ...HEADERS, ...options.headers },
    });
  };
  return { fetch, dispose: () => Promise.all([...jars.values()].map((jar) => jar.dispose())) };
}

test("malformed requests to every public route get a 4xx, never a 5xx or internals", async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(BUDGET_MS + 3 * 60_000);
  const request = await client(playwright, baseURL);
  const routes = discover();
  expect(routes.length).toBeGreaterThan(20);

  // Real values for the dynamic segments this portal has; any other segment gets generic ones.
  const journeyLocation =
    (
      await request.fetch(
        send("POST", "/journey/job-counselling/recommend", { form: { forWhom: "self", preference: "personal" } }),
      )
    ).headers().location ?? "";
  const draftLocation =
    (await request.fetch(send("POST", "/forms/absence/start", { form: {} }))).headers().location ?? "";
  const known: Record<string, string> = {
    locale: "",
    requestType: "job-counselling",
    formKey: "absence",
    journeyId: journeyLocation.split("/").at(-1) ?? "",
    token: draftLocation.split("/")[3] ?? "",
    step: "period",
    id: "00000000-0000-4000-8000-000000000000",
    reference: "T-2345-ABCD",
    nextauth: "session",
  };
  expect(known.token, "a draft to fuzz").toMatch(/^[A-Za-z0-9_-]{20,}$/);
  const good = (name: string) => known[name] ?? "fuzz";

  // The good pages first: their forms give real field names and valid-looking values.
  const cases: Case[] = [];
  const forms = new Map<string, CrawledForm>();
  for (const route of routes.filter((candidate) => candidate.page)) {
    const response = await request.fetch(send("GET", fill(route, good)));
    for (const form of response.ok() ? formsOf(await response.text()) : [])
      if (!forms.has(form.action)) forms.set(form.action, form);
  }
  const fieldNames = [...new Set([...forms.values()].flatMap((form) => Object.keys(form.fields)))];
  const openApi = (await (await request.fetch(send("GET", "/api/v1/openapi.json"))).json()) as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>
    >;
  };

  // Every route gets every kind of bad input (each dynamic segment, each query parameter, form and
  // JSON posts, bodies, methods); within a kind, the values take turns from route to route (half of
  // the bad segments, a third of the parameters alone, each bad text as a form or as JSON), so every
  // value still meets dozens of routes and the run stays short as routes are added.
  routes.forEach((route, turn) => {
    const url = fill(route, good);
    const dynamic = route.parts.map(dynamicName).filter((name): name is string => Boolean(name));
    // Path segments: each dynamic segment in turn gets every other bad raw value.
    for (const name of dynamic) {
      BAD_RAW.forEach((raw, index) => {
        if ((index + turn) % 2 === 0)
          cases.push({
            route: route.pattern,
            input: `${name}=${raw.slice(0, 20)}`,
            send: send(route.methods[0] ?? "GET", fill(route, good, { name, raw })),
          });
      });
    }
    // Methods the route does not have.
    for (const method of METHODS.filter((candidate) => !route.methods.includes(candidate)))
      cases.push({ route: route.pattern, input: `method ${method}`, send: send(method, url) });
    if (route.methods.includes("GET")) {
      // Query strings: a few bad values in every known parameter at once (NUL, a broken encoding, an
      // overlong and an impossible date), then each parameter alone, which goes through every bad value.
      for (const raw of [BAD_RAW[0], BAD_RAW[8], BAD_RAW[13], BAD_RAW[14]])
        cases.push({
          route: route.pattern,
          input: `query all=${raw.slice(0, 20)}`,
          send: send("GET", `${url}?${QUERY_NAMES.map((q) => `${q}=${raw}`).join("&")}`),
        });
      QUERY_NAMES.forEach((q, index) => {
        if ((index + turn) % 3 !== 0) return;
        const value = index + turn;
        cases.push({
          route: route.pattern,
          input: `query ${q}`,
          send: send(
            "GET",
            `${url}?${q}=${BAD_RAW[value % BAD_RAW.length]}&${q}=${encodeURIComponent(BAD_TEXT[value % BAD_TEXT.length])}`,
          ),
        });
      });
      cases.push({ route: route.pattern, input: "query %", send: send("GET", `${url}?%=%&%ff=1&a=%c0%ae`) });
    }
    for (const method of route.methods.filter((candidate) => candidate !== "GET")) {
      // Form and JSON posts with every field name carrying each bad text, from a foreign Origin half the time.
      BAD_TEXT.forEach((bad, index) => {
        const form = Object.fromEntries(fieldNames.map((field) => [field, bad]));
        const origin: Record<string, string> = index % 2 === 0 ? { Origin: "https://evil.example" } : {};
        if ((index + turn) % 2 === 0)
          cases.push({
            route: route.pattern,
            input: `form all=${JSON.stringify(bad).slice(0, 20)}`,
            send: send(method, url, { form, headers: origin }),
          });
        else
          cases.push({
            route: route.pattern,
            input: `json all=${JSON.stringify(bad).slice(0, 20)}`,
            send: send(method, url, {
              data: form,
              headers: { ...origin, "Idempotency-Key": `fuzz-key-${index}-${Date.now()}` },
            }),
          });
      });
      BAD_JSON.forEach((body, index) =>
        cases.push({
          route: route.pattern,
          input: `json body #${index}`,
          send: send(method, url, {
            data: body,
            headers: { "Content-Type": "application/json", "Idempotency-Key": `fuzz-body-${index}` },
          }),
        }),
      );
      for (const [type, body] of [
        ["application/json", '{"a":'],
        ["application/json", "\u0000"],
        ["application/x-www-form-urlencoded", "a=%ff&%=b&c=%00"],
        ["multipart/form-data", "--x\r\nbroken"],
        [
          "multipart/form-data; boundary=x",
          '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"fullName":"\\u0000"}\r\n--x--',
        ],
        ["text/plain", "x".repeat(2_000_000)],
      ]) {
        cases.push({
          route: route.pattern,
          input: `raw ${type.slice(0, 25)}`,
          send: send(method, url, { data: body, headers: { "Content-Type": type, "Idempotency-Key": "fuzz-raw-key" } }),
        });
      }
    }
    // The API's own bodies (from its OpenAPI document): valid-looking, then one property at a time wrong.
    const operation = openApi.paths[route.pattern.replace(/\[([^\]]+)\]/g, "{$1}")];
    for (const [method, spec] of Object.entries(operation ?? {})) {
      for (const [contentType, { schema }] of Object.entries(spec.requestBody?.content ?? {})) {
        const base = sample(schema) as Record<string, unknown>;
        for (const key of Object.keys(base)) {
          for (const bad of [
            BAD_TEXT[0],
            BAD_TEXT[12],
            17,
            { nested: BAD_TEXT[1] },
            JSON.stringify({ [fieldNames[0] ?? "x"]: BAD_TEXT[1], fullName: "\u0000" }),
          ]) {
            const body = { ...base, [key]: bad };
            const multipart = Object.fromEntries(
              Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
            );
            const payload = contentType.startsWith("multipart") ? { multipart } : { data: body };
            cases.push({
              route: route.pattern,
              input: `${contentType} ${key}=${JSON.stringify(bad).slice(0, 20)}`,
              send: send(method.toUpperCase(), url, {
                ...payload,
                headers: { "Idempotency-Key": `fuzz-api-${key}-${cases.length}` },
              }),
            });
          }
        }
      }
    }
  });
  // The citizen forms found on the pages: everything valid-looking but one field.
  for (const form of forms.values()) {
    Object.keys(form.fields).forEach((field, index) => {
      for (const bad of [BAD_TEXT[index % BAD_TEXT.length], "\u0000", "a\u0001b"]) {
        cases.push({
          route: form.action,
          input: `field ${field}=${JSON.stringify(bad).slice(0, 20)}`,
          send: send("POST", form.action, { form: { ...form.fields, [field]: bad } }),
        });
      }
    });
  }

  const started = Date.now();
  const counts = new Map<number, number>();
  const failures: string[] = [];
  let next = 0;
  let sent = 0;
  const worker = async () => {
    while (next < cases.length && Date.now() - started < BUDGET_MS) {
      const item = cases[next++];
      let status = 0;
      let body = "";
      try {
        const response = await request.fetch(item.send);
        status = response.status();
        body = await response.text().catch(() => "");
      } catch (error) {
        body = `no answer: ${(error as Error).message.split("\n")[0]}`;
      }
      sent += 1;
      counts.set(status, (counts.get(status) ?? 0) + 1);
      const leak = LEAKS.find((pattern) => pattern.test(body));
      if (status >= 500 || status === 0 || leak)
        failures.push(`${item.route} [${item.input}] → ${status}${leak ? ` shows ${leak}` : ""}`);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const summary = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
  console.log(
    `fuzz: ${sent} requests of ${cases.length} in ${Math.round((Date.now() - started) / 1000)} s — ${summary}`,
  );
  if (failures.length > 0) console.log(`fuzz failures:\n${failures.join("\n")}`);

  expect((await request.fetch(send("GET", "/api/health"))).status(), "the portal still answers").toBe(200);
  await request.dispose();
  expect(failures, "requests answered with a 5xx or showing internals").toEqual([]);
  expect(sent, "requests sent within the time budget").toBeGreaterThanOrEqual(1000);
});

/** Values for the staff pages' fields and queries: far-off and impossible days, bidi controls, wrong types, huge text. */
const STAFF_BAD = [
  "9999-12-31",
  "0000-00-00",
  "1899-12-31",
  "9999-12-31T23:59",
  "2026-02-30",
  "\u202Eevil\u202C",
  "a\u2066b\u2069",
  "\u200F\u061C",
  "\u0000",
  "line\nbreak\r\n",
  "-1",
  "17",
  "1e309",
  "NaN",
  "true",
  "[object Object]",
  "00000000-0000-4000-8000-000000000000",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "",
];
/** Too large for any field, sent in bodies only (an address this long is 414 before any route). */
const HUGE = "x".repeat(200_000);
/** Query parameters the staff pages read, beside those their links and forms show. */
const STAFF_QUERY_NAMES = [
  "day",
  "from",
  "to",
  "date",
  "location",
  "q",
  "after",
  "before",
  "page",
  "status",
  "result",
  "problem",
  "staff",
  "action",
  "person",
  "month",
  "channel",
  "requestType",
  "callbackUrl",
];
/** The days the issue names, at the pages and downloads that read a day. */
const FAR_DAYS = ["9999-12-31", "0000-00-00", "1899-12-31"];
/** Pages and downloads that read a day: a GET with the day in the query, or the export form's post. */
const DAY_ADDRESSES: { address: string; post?: string }[] = [
  { address: "/staff/front-desk?day=" },
  { address: "/staff/front-desk/export?location=00000000-0000-4000-8000-000000000000&day=" },
  { address: "/staff/audit?to=" },
  { address: "/staff/audit?from=" },
  { address: "/staff/audit/export", post: "to" },
  { address: "/staff/audit/export", post: "from" },
  { address: "/staff/analytics?to=" },
  { address: "/staff/analytics?from=" },
];
const FUZZ_ROLES: readonly StaffRole[] = ["front_desk", "caseworker", "admin"];
const STAFF_BUDGET_MS = 6 * 60_000;

interface StaffRoute {
  file: string;
  /** the address, dynamic segments filled with the access table's harmless values */
  address: string;
  /** the same address with one dynamic segment replaced by a raw value */
  withSegment(raw: string): string | null;
  methods: string[];
  page: boolean;
}

function staffRoutes(): StaffRoute[] {
  return staffEntryFiles()
    .filter((file) => !(file in OPEN_FILES))
    .map((file) => {
      const segments = file
        .replace(/^app\//, "")
        .split("/")
        .slice(0, -1);
      const build = (raw?: string) => {
        let replaced = false;
        const filled = segments.map((segment) => {
          const name = /^\[(\w+)\]$/.exec(segment)?.[1];
          if (!name) return segment;
          if (raw !== undefined && !replaced) {
            replaced = true;
            return raw;
          }
          return encodeURIComponent(SAMPLE_SEGMENTS[name] ?? "fuzz");
        });
        return replaced || raw === undefined ? `/${filled.join("/")}` : null;
      };
      const page = /\/page\.tsx$/.test(file);
      return {
        file,
        address: build()!,
        withSegment: (raw: string) => build(raw),
        methods: page ? ["GET"] : exportedMethods(readFileSync(path.join(PROJECT_ROOT, file), "utf8")),
        page,
      };
    });
}

/** Query names in a staff page's links and GET forms, and the fields of its posts by action. */
function staffFormsOf(html: string): { queryNames: string[]; posts: Map<string, string[]> } {
  const queryNames = new Set<string>();
  for (const link of html.matchAll(/href="(\/staff[^"]*\?[^"]*)"/g))
    for (const name of new URLSearchParams(decode(link[1]).split("?")[1]).keys()) queryNames.add(name);
  const posts = new Map<string, string[]>();
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const names = [...match[2].matchAll(/<(?:input|textarea|select)\b[^>]*\bname="([^"]+)"/g)].map((field) => field[1]);
    if (/method="post"/i.test(match[1])) {
      const action = decode(/\baction="([^"]*)"/.exec(match[1])?.[1] ?? "").split("?")[0];
      if (action.startsWith("/staff")) posts.set(action, [...new Set([...(posts.get(action) ?? []), ...names])]);
    } else names.forEach((name) => queryNames.add(name));
  }
  return { queryNames: [...queryNames], posts };
}

test("malformed requests to every staff page and post, signed in as each role, get no 5xx", async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(STAFF_BUDGET_MS + 4 * 60_000);
  const origin = new URL(baseURL!).origin;
  const routes = staffRoutes();
  expect(routes.length, "staff pages and posts found").toBeGreaterThan(60);

  const counts = new Map<number, number>();
  const failures: string[] = [];
  const farDays: string[] = [];
  let sent = 0;
  let planned = 0;
  const started = Date.now();

  for (const [turn, role] of FUZZ_ROLES.entries()) {
    // An account of the fuzz's own: what its posts change of their own account disturbs no other spec.
    const email = await createStaffUser(role, `fuzz-${role}-password-long-enough`);
    const jar = await playwright.request.newContext({ baseURL, extraHTTPHeaders: HEADERS });
    const { csrfToken } = (await (await jar.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await jar.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: `fuzz-${role}-password-long-enough`, callbackUrl: "/staff" },
      maxRedirects: 0,
    });
    expect(
      ((await (await jar.get("/api/auth/session")).json()) as { user?: object }).user,
      `${role} signed in`,
    ).toBeTruthy();
    const mine = routes.filter((route) =>
      (AREAS[STAFF_ACCESS[route.file]?.area ?? "configuration"] as readonly StaffRole[]).includes(role),
    );

    // The pages as they are: the names their links, search forms and posts use.
    const queryNames = new Set(STAFF_QUERY_NAMES);
    const postFields = new Map<string, string[]>();
    for (const route of mine.filter((candidate) => candidate.page)) {
      const response = await jar.get(route.address, { maxRedirects: 0, failOnStatusCode: false });
      if (!response.ok()) continue;
      const found = staffFormsOf(await response.text());
      found.queryNames.forEach((name) => queryNames.add(name));
      for (const [action, names] of found.posts)
        postFields.set(action, [...new Set([...(postFields.get(action) ?? []), ...names])]);
    }
    const allFields = [...new Set([...postFields.values()].flat())];

    const cases: Case[] = [];
    const add = (route: string, input: string, request: Request) => cases.push({ route, input, send: request });
    mine.forEach((route, index) => {
      const at = index + turn;
      for (const raw of BAD_RAW.filter((_, n) => (n + at) % 3 === 0)) {
        const address = route.withSegment(raw);
        if (address) add(route.address, `segment=${raw.slice(0, 20)}`, send(route.methods[0] ?? "GET", address));
      }
      for (const method of METHODS.filter((candidate) => !route.methods.includes(candidate)).slice(0, 2))
        add(route.address, `method ${method}`, send(method, route.address));
      if (route.methods.includes("GET")) {
        [...queryNames].forEach((name, n) => {
          const value = STAFF_BAD[(n + at) % STAFF_BAD.length];
          add(
            route.address,
            `query ${name}=${JSON.stringify(value)}`,
            send("GET", `${route.address}?${name}=${encodeURIComponent(value)}`),
          );
          if ((n + at) % 4 === 0)
            add(
              route.address,
              `query ${name} raw`,
              send("GET", `${route.address}?${name}=${BAD_RAW[(n + at) % BAD_RAW.length]}&${name}=2`),
            );
        });
        for (const day of FAR_DAYS)
          add(
            route.address,
            `query all days=${day}`,
            send("GET", `${route.address}?${["day", "from", "to", "date"].map((q) => `${q}=${day}`).join("&")}`),
          );
        add(route.address, "query %", send("GET", `${route.address}?%=%&%ff=1&day=%c0%ae`));
      }
      for (const method of route.methods.filter((candidate) => candidate !== "GET")) {
        const fields = postFields.get(route.address) ?? allFields;
        const headers = { Origin: origin };
        // Every field bad at once, never a valid-looking form: a post that gets through changes nothing.
        STAFF_BAD.forEach((bad, n) => {
          const form = Object.fromEntries(fields.map((field) => [field, bad]));
          const kind = (n + at) % 3;
          if (kind === 0)
            add(route.address, `form all=${JSON.stringify(bad)}`, send(method, route.address, { form, headers }));
          else if (kind === 1)
            add(
              route.address,
              `multipart all=${JSON.stringify(bad)}`,
              send(method, route.address, { multipart: form, headers }),
            );
          else
            add(route.address, `json all=${JSON.stringify(bad)}`, send(method, route.address, { data: form, headers }));
        });
        // Wrong types: numbers, lists, objects, null, a field given twice.
        for (const [label, value] of [
          ["number", 17],
          ["list", ["a", "9999-12-31"]],
          ["object", { nested: "\u202E" }],
          ["null", null],
        ] as const)
          add(
            route.address,
            `json ${label}`,
            send(method, route.address, { data: Object.fromEntries(fields.map((field) => [field, value])), headers }),
          );
        add(
          route.address,
          "form twice",
          send(method, route.address, {
            data: fields
              .map((field) => `${encodeURIComponent(field)}=1899-12-31&${encodeURIComponent(field)}=%E2%80%AE`)
              .join("&"),
            headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
          }),
        );
        add(
          route.address,
          "form huge",
          send(method, route.address, { form: Object.fromEntries(fields.map((field) => [field, HUGE])), headers }),
        );
        for (const [type, body] of [
          ["application/x-www-form-urlencoded", "a=%ff&%=b&c=%00&day=9999-12-31"],
          ["multipart/form-data", "--x\r\nbroken"],
          [
            "multipart/form-data; boundary=x",
            '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n\u0000;\u202E\r\n--x--',
          ],
          ["application/json", '{"a":'],
          ["text/plain", "x".repeat(500_000)],
        ])
          add(
            route.address,
            `raw ${type.slice(0, 25)}`,
            send(method, route.address, { data: body, headers: { ...headers, "Content-Type": type } }),
          );
        // The same post from another site, or without an Origin.
        add(
          route.address,
          "foreign origin",
          send(method, route.address, { form: { x: "1" }, headers: { Origin: "https://evil.example" } }),
        );
      }
    });
    planned += cases.length;

    // Each role gets its share of the time budget.
    const roleStarted = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < cases.length && Date.now() - roleStarted < STAFF_BUDGET_MS / FUZZ_ROLES.length) {
        const item = cases[next++];
        let status = 0;
        let body = "";
        try {
          const response = await jar.fetch(item.send.url, {
            method: item.send.method,
            maxRedirects: 0,
            failOnStatusCode: false,
            timeout: 30_000,
            ...item.send.options,
          });
          status = response.status();
          body = await response.text().catch(() => "");
        } catch (error) {
          body = `no answer: ${(error as Error).message.split("\n")[0]}`;
        }
        sent += 1;
        counts.set(status, (counts.get(status) ?? 0) + 1);
        const leak = LEAKS.find((pattern) => pattern.test(body));
        if (status >= 500 || status === 0 || leak)
          failures.push(
            `${role} ${item.send.method} ${item.route} [${item.input.slice(0, 60)}] → ${status}${leak ? ` shows ${leak}` : ""}`,
          );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    // The far-off days the issue names: a message, never a 5xx, at every page and download that reads a day.
    if (role !== "caseworker")
      for (const { address, post } of DAY_ADDRESSES.filter(
        (candidate) => (role === "admin") !== candidate.address.startsWith("/staff/front-desk"),
      ))
        for (const day of FAR_DAYS) {
          const response = post
            ? await jar.post(address, {
                form: { [post]: day },
                headers: { Origin: origin },
                maxRedirects: 0,
                failOnStatusCode: false,
              })
            : await jar.get(`${address}${day}`, { maxRedirects: 0, failOnStatusCode: false });
          const text = await response.text();
          sent += 1;
          counts.set(response.status(), (counts.get(response.status()) ?? 0) + 1);
          const download = address.includes("/export");
          const asked = post ? `${address} ${post}=` : address;
          // A download refuses the day with its sentence (400); a page shows the day's problem in its error summary.
          const said = download
            ? response.status() === 400 && /ungültig|JJJJ|Datum/.test(text)
            : response.status() === 200 && /role="alert"/.test(text) && text.includes(day);
          if (!said) farDays.push(`${role} ${asked}${day} → ${response.status()}: ${text.slice(0, 120)}`);
        }
    await jar.dispose();
  }

  const summary = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
  console.log(
    `staff fuzz: ${sent} requests of ${planned} in ${Math.round((Date.now() - started) / 1000)} s — ${summary}`,
  );
  if (failures.length > 0) console.log(`staff fuzz failures:\n${failures.join("\n")}`);
  if (farDays.length > 0) console.log(`far-off days without a message:\n${farDays.join("\n")}`);
  expect(failures, "staff requests answered with a 5xx or showing internals").toEqual([]);
  expect(farDays, "far-off days answered without a message").toEqual([]);
  expect(sent, "staff requests sent within the time budget").toBeGreaterThanOrEqual(1000);
});
