// The one-tap rating after a finished flow and staff's feedback on their tools, through their route
// handlers against a real PostgreSQL: what is stored (the journey only when it exists; the role,
// not the name), what is refused with its message and kept to be shown again, and who may send.
// Only next-auth's session reader is replaced (by the staff member a test signs in as).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as ratePost } from "@/app/[locale]/feedback/rate/send/route";
import { POST as staffPost } from "@/app/staff/feedback/new/send/route";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { staffPageOf } from "./rating-form";
import { listFeedback, loadRejectedRating } from "./store";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("feedback_rating");
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

const BASE = "http://portal.test";

async function rate(fields: Record<string, string>, locale = "de") {
  const response = await ratePost(
    new Request(`${BASE}/feedback/rate/send`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    }),
    { params: Promise.resolve({ locale }) },
  );
  return { status: response.status, location: response.headers.get("location") ?? "" };
}

async function signInAs(role: StaffRole) {
  const staff = await database.prisma.staffUser.create({
    data: {
      email: `staff-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Petra Namenlos",
      role,
      passwordHash: "-",
    },
  });
  signedIn.session = { staff: { id: staff.id, role, name: staff.name, email: staff.email, secondFactor: false } };
}

async function sendStaffFeedback(fields: Record<string, string>) {
  const response = await staffPost(
    new Request(`${BASE}/staff/feedback/new/send`, {
      method: "POST",
      headers: { host: "portal.test", origin: BASE, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, location: response.headers.get("location") ?? "" };
}

describe("the rating after a finished flow", () => {
  it("stores the rating, the comment and the journey it ends; a made-up journey is left out", async () => {
    const journey = await database.prisma.journey.create({
      data: {
        requestTypeKey: "change-report",
        preference: "personal",
        recommendedChannel: "in_person",
        chosenChannel: "in_person",
      },
    });
    expect(await rate({ rating: "4", comment: "  Ging schnell.  ", journey: journey.id }, "tr")).toEqual({
      status: 303,
      location: "/tr/feedback/rate/thanks",
    });
    expect(await rate({ rating: "2", comment: "", journey: "5f0c7f0e-0000-4000-8000-000000000000" })).toEqual({
      status: 303,
      location: "/feedback/rate/thanks",
    });
    const rows = await database.prisma.feedback.findMany({ where: { kind: "rating" }, orderBy: { createdAt: "asc" } });
    expect(rows.map(({ rating, message, journeyId, language }) => ({ rating, message, journeyId, language }))).toEqual([
      { rating: 4, message: "Ging schnell.", journeyId: journey.id, language: "tr" },
      { rating: 2, message: "", journeyId: null, language: "de" },
    ]);
  });

  it("refuses a rating outside 1–5 and a comment with control characters, keeping the comment to show again", async () => {
    const before = await database.prisma.feedback.count();
    const refused = await rate({ rating: "9", comment: "Zu\u0000lang", journey: "" });
    expect(refused.status).toBe(303);
    expect(refused.location).toMatch(/^\/feedback\/rate\?draft=[A-Za-z0-9_-]{32}#error-summary-title$/);
    const draft = new URL(refused.location, BASE).searchParams.get("draft")!;
    expect(await loadRejectedRating(draft)).toEqual({
      values: { rating: "9", comment: "Zu\uFFFDlang", journey: "" },
      errors: { rating: "rating", comment: "invalidCharacters" },
    });
    expect((await rate({ comment: "a".repeat(2001) })).location).toMatch(/^\/feedback\/rate\?draft=/);
    expect(await database.prisma.feedback.count()).toBe(before);
  });
});

describe("staff feedback on their tools", () => {
  it("is stored with the page and the role, not the name, by every role, and listed for the readers", async () => {
    for (const role of ["front_desk", "caseworker", "admin"] as const) {
      await signInAs(role);
      expect(
        await sendStaffFeedback({
          message: `Die Tagesübersicht (${role}) braucht einen Filter.`,
          page: "/staff/front-desk",
        }),
      ).toEqual({ status: 303, location: "/staff/feedback/new?sent=1" });
    }
    const rows = await database.prisma.feedback.findMany({ where: { kind: "staff" }, orderBy: { createdAt: "asc" } });
    expect(rows.map(({ staffRole, pageUrl, email }) => ({ staffRole, pageUrl, email }))).toEqual(
      ["front_desk", "caseworker", "admin"].map((staffRole) => ({
        staffRole,
        pageUrl: "/staff/front-desk",
        email: null,
      })),
    );
    expect(JSON.stringify(rows)).not.toContain("Petra Namenlos");
    expect((await listFeedback()).rows.filter((entry) => entry.kind === "staff")).toHaveLength(3);
  });

  it("sends an empty message back with its problem, and needs a signed-in staff member", async () => {
    await signInAs("front_desk");
    const before = await database.prisma.feedback.count();
    expect(await sendStaffFeedback({ message: "   ", page: "/staff/outbox" })).toEqual({
      status: 303,
      location: "/staff/feedback/new?error=message&page=%2Fstaff%2Foutbox",
    });
    expect(await sendStaffFeedback({ message: "x".repeat(2001) })).toMatchObject({
      location: "/staff/feedback/new?error=message&page=",
    });
    signedIn.session = null;
    expect((await sendStaffFeedback({ message: "Anonym" })).location).toMatch(/^\/staff\/login\?callbackUrl=/);
    expect(await database.prisma.feedback.count()).toBe(before);
  });

  it("takes the page from a staff Referer only", () => {
    expect(staffPageOf("http://portal.test/staff/front-desk?day=2026-12-04")).toBe("/staff/front-desk");
    expect(staffPageOf("http://portal.test/staff")).toBe("/staff");
    expect(staffPageOf("https://elsewhere.example/journey/absence")).toBe("");
    expect(staffPageOf("http://portal.test/staff/feedback/new")).toBe("");
    expect(staffPageOf(null)).toBe("");
  });
});
