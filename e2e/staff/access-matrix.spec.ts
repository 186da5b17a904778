// The access matrix: every staff page and route handler of the file system, asked by nobody, the
// front desk, a caseworker and an admin, answers as e2e/staff/access-table.ts says: a sign-in
// redirect for nobody, the way in for the roles of its area, 403 for the others. Requests only (no
// page is rendered); each role signs in once. A post carries this site's Origin, so that it reaches
// the role check; a 400 for its empty form, after the role check, counts as let in.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/staff/permissions";
import { PROJECT_ROOT, staffEntryFiles } from "@/tests/staff-entry-files";
import { expect, test } from "../fixtures";
import { AREAS, OPEN_FILES, PRODUCT_PAGES, SAMPLE_SEGMENTS, STAFF_ACCESS } from "./access-table";

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
