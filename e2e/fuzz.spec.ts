// Malformed requests over every public route, listed from the file system (app/**/route.ts with
// their exported methods, app/**/page.tsx), so that a new route is fuzzed without editing this file.
// The staff pages and posts have their own (staff/fuzz.spec.ts); what both share is in fuzz-kit.ts.
// Bounded: a fixed list of requests against the local e2e server, stopped by a time budget.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from "@playwright/test";
import { locales } from "@/i18n/routing";
import { expect, test } from "./fixtures";
import {
  BAD_RAW,
  decode,
  exportedMethods,
  HEADERS,
  METHODS,
  newTally,
  runCases,
  send,
  statusSummary,
  type Case,
  type Request,
} from "./fuzz-kit";

const APP = fileURLToPath(new URL("../app/", import.meta.url));
const BUDGET_MS = 7 * 60_000;

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
  const tally = newTally();
  await runCases(cases, request.fetch, {
    budgetMs: BUDGET_MS,
    tally,
    name: (item) => `${item.route} [${item.input}]`,
  });
  const { sent, failures } = tally;
  console.log(
    `fuzz: ${sent} requests of ${cases.length} in ${Math.round((Date.now() - started) / 1000)} s — ${statusSummary(tally)}`,
  );
  if (failures.length > 0) console.log(`fuzz failures:\n${failures.join("\n")}`);

  expect((await request.fetch(send("GET", "/api/health"))).status(), "the portal still answers").toBe(200);
  await request.dispose();
  expect(failures, "requests answered with a 5xx or showing internals").toEqual([]);
  expect(sent, "requests sent within the time budget").toBeGreaterThanOrEqual(1000);
});
