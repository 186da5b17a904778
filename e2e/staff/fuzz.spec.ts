// Malformed requests to every staff page and post (tests/staff-entry-files.ts, with the roles of
// access-table.ts), signed in as the front desk, a caseworker and an admin, each with an account of
// its own: bad segments, methods, queries and bodies, the far-off days at every day filter, and posts
// from another site. Never a 5xx, never internals (what counts is in ../fuzz-kit.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { PROJECT_ROOT, staffEntryFiles } from "@/tests/staff-entry-files";
import { expect, test } from "../fixtures";
import {
  BAD_RAW,
  countAnswer,
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
} from "../fuzz-kit";
import { AREAS, OPEN_FILES, SAMPLE_SEGMENTS, STAFF_ACCESS } from "./access-table";
import { createStaffUser } from "./helpers";

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

  const tally = newTally();
  const farDays: string[] = [];
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
    await runCases(
      cases,
      (item) =>
        jar.fetch(item.url, {
          method: item.method,
          maxRedirects: 0,
          failOnStatusCode: false,
          timeout: 30_000,
          ...item.options,
        }),
      {
        budgetMs: STAFF_BUDGET_MS / FUZZ_ROLES.length,
        tally,
        name: (item) => `${role} ${item.send.method} ${item.route} [${item.input.slice(0, 60)}]`,
      },
    );

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
          countAnswer(tally, response.status());
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

  const { sent, failures } = tally;
  console.log(
    `staff fuzz: ${sent} requests of ${planned} in ${Math.round((Date.now() - started) / 1000)} s — ${statusSummary(tally)}`,
  );
  if (failures.length > 0) console.log(`staff fuzz failures:\n${failures.join("\n")}`);
  if (farDays.length > 0) console.log(`far-off days without a message:\n${farDays.join("\n")}`);
  expect(failures, "staff requests answered with a 5xx or showing internals").toEqual([]);
  expect(farDays, "far-off days answered without a message").toEqual([]);
  expect(sent, "staff requests sent within the time budget").toBeGreaterThanOrEqual(1000);
});
