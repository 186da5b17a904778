// The access matrix: every staff page and route handler of the file system, asked by nobody, the
// front desk, a caseworker and an admin, answers as e2e/staff/access-table.ts says: a sign-in
// redirect for nobody, the way in for the roles of its area, 403 for the others. Requests only (no
// page is rendered); each role signs in once. A post carries this site's Origin, so that it reaches
// the role check; a 400 for its empty form, after the role check, counts as let in.
// The location dimension: a front-desk account with one location asks every page and post of
// access-table.ts's LOCATION_BOUND about another location (its day, an appointment, the queue desk)
// and gets 403, and its lists name its own location only.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/staff/permissions";
import { PROJECT_ROOT, staffEntryFiles } from "@/tests/staff-entry-files";
import { E2E_API_KEY } from "@/tests/e2e-database";
import { expect, test } from "../fixtures";
import {
  AREAS,
  LOCATION_BOUND,
  LOCATION_FOLDERS,
  OPEN_FILES,
  PRODUCT_PAGES,
  SAMPLE_SEGMENTS,
  STAFF_ACCESS,
} from "./access-table";
import { appointmentRow, createDeskLocation, storeDeskAppointment } from "./front-desk-data";
import { createStaffUser, query } from "./helpers";

const ROLES: readonly StaffRole[] = ["front_desk", "caseworker", "admin"];
const DEMO_ACCOUNTS: Record<StaffRole, { email: string; password: string }> = {
  front_desk: { email: "empfang@zugang.example", password: "demo-empfang" },
  caseworker: { email: "beratung@zugang.example", password: "demo-beratung" },
  admin: { email: "admin@zugang.example", password: "demo-admin" },
};

/** The address of a page or route file, its dynamic segments filled with harmless values. */
function addressOf(file: string): string {
  const segments = file
    .replace(/^app\//, "")
    .split("/")
    .slice(0, -1);
  const filled = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const name = /^\[(\w+)\]$/.exec(segment)?.[1];
      if (!name) return segment;
      const value = SAMPLE_SEGMENTS[name];
      if (!value) throw new Error(`${file}: no sample value for the segment [${name}] in access-table.ts`);
      return encodeURIComponent(value);
    });
  return `/${filled.join("/")}`;
}

/** The HTTP methods a file answers: GET for a page, the handlers a route file exports. */
function methodsOf(file: string): string[] {
  if (/\/page\.[jt]sx?$/.test(file)) return ["GET"];
  const source = readFileSync(path.join(PROJECT_ROOT, file), "utf8");
  return [...source.matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)].map((match) => match[1]);
}

const files = staffEntryFiles().filter((file) => !(file in OPEN_FILES));
const requests = files.flatMap((file) => methodsOf(file).map((method) => ({ file, method, address: addressOf(file) })));

type Expected = "sign-in" | "403" | "let in";

function expectedFor(role: StaffRole | null, file: string): Expected {
  if (!role) return "sign-in";
  return (AREAS[STAFF_ACCESS[file].area] as readonly StaffRole[]).includes(role) ? "let in" : "403";
}

function answerOf(status: number, location: string | undefined): Expected | `other ${number}` {
  if (status >= 300 && status < 400 && location?.startsWith("/staff/login?callbackUrl=")) return "sign-in";
  if (status === 403) return "403";
  if (status < 500) return "let in";
  return `other ${status}`;
}

test("the table has a row for every staff page and route handler, and agrees with the permissions and the product's pages", () => {
  expect(files.length).toBeGreaterThan(30);
  expect
    .soft(
      files.filter((file) => !(file in STAFF_ACCESS)),
      "files without a row in access-table.ts",
    )
    .toEqual([]);
  expect
    .soft(
      Object.keys(STAFF_ACCESS).filter((file) => !files.includes(file)),
      "rows without a file",
    )
    .toEqual([]);
  expect(
    Object.keys(OPEN_FILES).filter((file) => !staffEntryFiles().includes(file)),
    "open files that do not exist",
  ).toEqual([]);
  expect(
    requests.filter(({ file }) => methodsOf(file).length === 0),
    "route files without a handler",
  ).toEqual([]);

  const drift = Object.entries(STAFF_ACCESS).flatMap(([file, { action, area }]) => {
    const permitted = ROLES.filter((role) => can(role, action));
    return permitted.join(",") ===
      ROLES.filter((role) => (AREAS[area] as readonly StaffRole[]).includes(role)).join(",")
      ? []
      : [
          `${file}: "${action}" gives ${permitted.join(", ") || "nobody"}, its area "${area}" ${AREAS[area].join(", ")}`,
        ];
  });
  expect.soft(drift, "permissions.ts and the table's areas disagree").toEqual([]);

  const misfiled = Object.entries(STAFF_ACCESS).flatMap(([file, { area }]) => {
    const address = addressOf(file);
    const product = PRODUCT_PAGES.find(([prefix]) => address === prefix || address.startsWith(`${prefix}/`));
    return product && product[1] !== area
      ? [`${address}: the product's table says "${product[1]}", the row "${area}"`]
      : [];
  });
  expect(misfiled, "rows filed under another area than the product's page table").toEqual([]);
});

async function askAll(
  context: APIRequestContext,
  role: StaffRole | null,
  origin: string,
): Promise<{ asked: number; wrong: string[] }> {
  const wrong: string[] = [];
  for (const { file, method, address } of requests) {
    const response = await context.fetch(address, {
      method,
      maxRedirects: 0,
      ...(method === "GET" ? {} : { form: {}, headers: { Origin: origin } }),
    });
    const answer = answerOf(response.status(), response.headers().location);
    const expected = expectedFor(role, file);
    if (answer !== expected)
      wrong.push(
        `${role ?? "anonymous"} ${method} ${address}: expected ${expected}, got ${answer} (${response.status()})`,
      );
  }
  return { asked: requests.length, wrong };
}

test("nobody signed in is sent to sign in, everywhere", async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  const { asked, wrong } = await askAll(context, null, new URL(baseURL!).origin);
  await context.dispose();
  expect(asked).toBe(requests.length);
  expect(wrong).toEqual([]);
});

for (const role of ROLES) {
  test(`${role} gets exactly the addresses of its areas, 403 elsewhere`, async ({ playwright, baseURL }) => {
    const context = await playwright.request.newContext({ baseURL });
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signIn = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, ...DEMO_ACCOUNTS[role], callbackUrl: "/staff" },
      maxRedirects: 0,
    });
    expect(signIn.headers().location ?? "", "signed in").not.toContain("error");
    expect((await (await context.get("/api/auth/session")).json()) as object).toHaveProperty("user");
    const { wrong } = await askAll(context, role, new URL(baseURL!).origin);
    await context.dispose();
    expect(wrong).toEqual([]);
  });
}

/** Signs a new request context in with the account; its answers are the server's, redirects not followed. */
async function signedInContext(
  playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } },
  baseURL: string,
  account: { email: string; password: string },
): Promise<APIRequestContext> {
  const context = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, ...account, callbackUrl: "/staff" },
    maxRedirects: 0,
  });
  expect((await (await context.get("/api/auth/session")).json()) as object, "signed in").toHaveProperty("user");
  return context;
}

test("a front-desk account with one location: 403 for another location's pages and posts, its lists name its own only", async ({
  playwright,
  baseURL,
}) => {
  // Location A is the account's, B is not; both are locations of nobody else's lists this spec reads.
  const [mine, other] = [await createDeskLocation([]), await createDeskLocation([])];
  const password = "standort-e2e-passwort";
  const email = await createStaffUser("front_desk", password, [mine.id]);
  const tomorrow = new Date(Date.now() + 24 * 3_600_000);
  tomorrow.setUTCHours(9, 0, 0, 0);
  const day = tomorrow.toISOString().slice(0, 10);
  const there = await storeDeskAppointment({ locationId: other.id, startsAt: tomorrow, name: "Berta Anderswo" });
  const here = await storeDeskAppointment({ locationId: mine.id, startsAt: tomorrow, name: "Anton Hiesig" });
  const [{ citizen_id: person }] = await query<{ citizen_id: string }>(
    "SELECT citizen_id::text FROM appointment WHERE id = $1::uuid",
    [here.id],
  );
  const drawn = await playwright.request.newContext({ baseURL });
  const kiosk = await drawn.post("/api/v1/queue/tickets", {
    data: { locationId: other.id, requestType: "change-report" },
    headers: { "X-Api-Key": E2E_API_KEY },
  });
  expect(kiosk.status()).toBe(201);
  await drawn.dispose();

  const origin = new URL(baseURL!).origin;
  const context = await signedInContext(playwright, baseURL!, { email, password });
  // The desk cookie as the desk post would set it, naming B (a forged or an old one).
  const state = await context.storageState();
  const forgedDesk = await playwright.request.newContext({
    baseURL,
    storageState: {
      ...state,
      cookies: [
        ...state.cookies,
        {
          name: "zugang_queue_desk",
          value: encodeURIComponent(JSON.stringify({ locationId: other.id, desk: "Platz 1" })),
          domain: new URL(baseURL!).hostname,
          path: "/staff",
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: "Lax",
        },
      ],
    },
  });

  const ref = encodeURIComponent(there.reference);
  const bookFields = { location: other.id, desk: other.id, requestType: "change-report", channel: "in_person" };
  type Ask = { file: string; method: "GET" | "POST"; address: string; form?: Record<string, string>; desk?: true };
  const asks: Ask[] = [
    { file: "app/staff/front-desk/page.tsx", method: "GET", address: `/staff/front-desk?location=${other.id}` },
    {
      file: "app/staff/front-desk/export/route.ts",
      method: "GET",
      address: `/staff/front-desk/export?location=${other.id}&day=${day}`,
    },
    {
      file: "app/staff/front-desk/no-show/route.ts",
      method: "POST",
      address: "/staff/front-desk/no-show",
      form: { appointment: there.id },
    },
    {
      file: "app/staff/front-desk/cancel/page.tsx",
      method: "GET",
      address: `/staff/front-desk/cancel?appointment=${there.id}`,
    },
    {
      file: "app/staff/front-desk/cancel/confirm/route.ts",
      method: "POST",
      address: "/staff/front-desk/cancel/confirm",
      form: { appointment: there.id, location: other.id, day },
    },
    {
      file: "app/staff/front-desk/rebook/page.tsx",
      method: "GET",
      address: `/staff/front-desk/rebook?appointment=${there.id}`,
    },
    {
      file: "app/staff/front-desk/rebook/save/route.ts",
      method: "POST",
      address: "/staff/front-desk/rebook/save",
      form: { appointment: there.id, start: new Date(tomorrow.getTime() + 3_600_000).toISOString(), day },
    },
    {
      file: "app/staff/front-desk/check-in/page.tsx",
      method: "GET",
      address: `/staff/front-desk/check-in?location=${other.id}`,
    },
    {
      file: "app/staff/front-desk/check-in/confirm/route.ts",
      method: "POST",
      address: "/staff/front-desk/check-in/confirm",
      form: { code: there.reference, otherDay: "confirmed" },
    },
    {
      file: "app/staff/front-desk/book/page.tsx",
      method: "GET",
      address: `/staff/front-desk/book?location=${other.id}`,
    },
    {
      file: "app/staff/front-desk/book/search/route.ts",
      method: "POST",
      address: "/staff/front-desk/book/search",
      form: { location: other.id, name: "Anderswo" },
    },
    {
      file: "app/staff/front-desk/book/person/route.ts",
      method: "POST",
      address: "/staff/front-desk/book/person",
      form: { location: other.id, name: "Neu Anderswo" },
    },
    {
      file: "app/staff/front-desk/book/confirm/route.ts",
      method: "POST",
      address: "/staff/front-desk/book/confirm",
      form: { ...bookFields, person: person, start: tomorrow.toISOString() },
    },
    {
      file: "app/staff/front-desk/confirmation/[reference]/page.tsx",
      method: "GET",
      address: `/staff/front-desk/confirmation/${ref}`,
    },
    {
      file: "app/staff/front-desk/confirmation/[reference]/renew/route.ts",
      method: "POST",
      address: `/staff/front-desk/confirmation/${ref}/renew`,
      form: {},
    },
    { file: "app/staff/check-in/[reference]/page.tsx", method: "GET", address: `/staff/check-in/${ref}` },
    {
      file: "app/staff/check-in/[reference]/confirm/route.ts",
      method: "POST",
      address: `/staff/check-in/${ref}/confirm`,
      form: { otherDay: "confirmed" },
    },
    { file: "app/staff/queue/page.tsx", method: "GET", address: "/staff/queue", desk: true },
    {
      file: "app/staff/queue/desk/route.ts",
      method: "POST",
      address: "/staff/queue/desk",
      form: { locationId: other.id, desk: "Platz 1" },
    },
    { file: "app/staff/queue/call/route.ts", method: "POST", address: "/staff/queue/call", form: {}, desk: true },
    {
      file: "app/staff/queue/step/route.ts",
      method: "POST",
      address: "/staff/queue/step",
      form: { step: "call-back", ticket: "00000000-0000-4000-8000-000000000000" },
      desk: true,
    },
    {
      file: "app/staff/queue/ticket/route.ts",
      method: "POST",
      address: "/staff/queue/ticket",
      form: { locationId: other.id, language: "de" },
    },
  ];

  // Every location-bound file is asked, and every file of the location folders is location-bound.
  expect(asks.map((ask) => ask.file).sort()).toEqual(Object.keys(LOCATION_BOUND).sort());
  expect(
    files.filter((file) => LOCATION_FOLDERS.some((folder) => addressOf(file).startsWith(folder))).sort(),
    "files of the location folders without a row in LOCATION_BOUND",
  ).toEqual(Object.keys(LOCATION_BOUND).sort());

  const wrong: string[] = [];
  for (const ask of asks) {
    const response = await (ask.desk ? forgedDesk : context).fetch(ask.address, {
      method: ask.method,
      maxRedirects: 0,
      ...(ask.method === "POST" ? { form: ask.form ?? {}, headers: { Origin: origin } } : {}),
    });
    const expected = LOCATION_BOUND[ask.file];
    const body = await response.text();
    const got =
      response.status() === 403
        ? "403"
        : response.status() === 200 && !body.includes(other.name) && body.includes(mine.name)
          ? "listed"
          : `${response.status()}${body.includes(other.name) ? " naming B" : ""}`;
    if (got !== expected) wrong.push(`${ask.method} ${ask.address}: expected ${expected}, got ${got}`);
  }
  expect(wrong).toEqual([]);

  // Nothing happened at B: the appointment is still booked, nothing was recorded of it, the kiosk's number still waits.
  expect((await appointmentRow(there.id)).status).toBe("booked");
  expect(await query("SELECT 1 FROM audit_log WHERE entity_id IN ($1, $2)", [there.id, other.id])).toEqual([]);
  expect(
    await query<{ status: string }>("SELECT status::text FROM queue_ticket WHERE location_id = $1::uuid", [other.id]),
  ).toEqual([{ status: "waiting" }]);
  expect(await query("SELECT 1 FROM citizen WHERE name = 'Neu Anderswo'")).toEqual([]);

  // The lists and pickers: A and never B — the day view, check-in, booking, the queue desk's choice, a person's ticket form.
  for (const address of [
    "/staff/front-desk",
    `/staff/front-desk?location=${mine.id}&day=${day}`,
    `/staff/front-desk/check-in?location=${mine.id}`,
    "/staff/front-desk/book",
    "/staff/queue?change=1",
    `/staff/people/${person}`,
  ]) {
    const response = await context.get(address);
    const body = await response.text();
    expect.soft(response.status(), address).toBe(200);
    expect.soft(body.includes(mine.name), `${address} names A`).toBe(true);
    expect.soft(body.includes(other.name), `${address} names B`).toBe(false);
  }
  // The same pages of A's own appointment open.
  expect((await context.get(`/staff/front-desk/cancel?appointment=${here.id}`)).status()).toBe(200);
  expect((await context.get(`/staff/check-in/${encodeURIComponent(here.reference)}`)).status()).toBe(200);
  await forgedDesk.dispose();
  await context.dispose();

  // An account without any location sees none, and is told that an admin assigns one.
  const nowhere = await createStaffUser("front_desk", password);
  const unassigned = await signedInContext(playwright, baseURL!, { email: nowhere, password });
  const dayView = await (await unassigned.get("/staff/front-desk")).text();
  expect(dayView).toContain("Ihrem Konto ist noch kein Standort zugeordnet");
  expect(dayView).not.toContain(mine.name);
  expect((await unassigned.get(`/staff/front-desk?location=${mine.id}`)).status()).toBe(403);
  await unassigned.dispose();
});
