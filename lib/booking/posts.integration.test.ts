// The booking pages' plain posts against a real database: each returns the page to go to next; a
// booking is made once per draft; without a proof of work the stricter limit applies; an empty or
// garbled post leads to a page, never an error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinDate } from "@/lib/time";
import { createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { loadDraft, saveDraft } from "./drafts";
import { findByToken } from "./manage";
import {
  changeVideoConsent,
  chooseOtherTime,
  confirmBooking,
  confirmCancel,
  confirmReschedule,
  saveDetails,
} from "./posts";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("bookingposts");
  // The app's lazily created client (lib/db.ts) uses this database for the whole file.
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** A request from one address (the reverse proxy's entry), so that tests do not share a limit. */
const from = (ip: string) => new Headers({ "x-forwarded-for": ip });
const draftOf = (url: string) => new URL(url, "http://portal.test").searchParams.get("draft") ?? "";

async function detailsFor(locationId: string, start: Date, extra: Record<string, string> = {}) {
  return form({
    requestType: "change-report",
    channel: "in_person",
    locationId,
    start: start.toISOString(),
    name: "Erika Muster",
    email: `erika-${Math.random().toString(36).slice(2, 8)}@example.org`,
    ...extra,
  });
}

describe("booking posts", () => {
  it("details, check, book once; then move, consent and cancel under the manage link", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    const start = slotStart(5, "10:00");
    const headers = from("203.0.113.10");

    // Without a name: back to the details page, the answers and the error kept in the draft.
    const withError = await saveDetails(await detailsFor(location.id, start, { name: "" }), { locale: "en" });
    expect(withError).toMatch(/^\/en\/appointments\/new\/details\?draft=[A-Za-z0-9_-]{43}$/);
    const draft = draftOf(withError);
    expect((await loadDraft(draft))?.errors).toEqual({ name: "name" });

    const check = await saveDetails(await detailsFor(location.id, start, { draft }), { locale: "en" });
    expect(check).toBe(`/en/appointments/new/check?draft=${draft}`);

    const booked = await confirmBooking(form({ draft }), { locale: "en", headers });
    const manage = /^\/en\/appointments\/manage\/([A-Za-z0-9_-]{43})\?booked=1$/.exec(booked);
    expect(manage).not.toBeNull();
    const token = manage![1];
    const appointment = await findByToken(token);
    expect(appointment.language).toBe("en");
    // The same post again (a double tap, a resend): the draft is used up, nothing is booked twice.
    expect(await confirmBooking(form({ draft }), { locale: "en", headers })).toBe(
      "/en/appointments/new/check?expired=1",
    );
    expect(await database.prisma.appointment.count({ where: { locationId: location.id } })).toBe(1);

    const later = slotStart(6, "11:00");
    const day = berlinDate(later);
    const moved = await confirmReschedule(form({ start: later.toISOString(), day }), { locale: "en", token, headers });
    expect(moved).toBe(`/en/appointments/manage/${token}?done=rescheduled`);
    expect((await findByToken(token)).startsAt.getTime()).toBe(later.getTime());

    // Consent concerns video appointments only: for this one the manage page simply shows again.
    expect(await changeVideoConsent(form({ consent: "yes" }), { locale: "en", token })).toBe(
      `/en/appointments/manage/${token}`,
    );
    expect(await confirmCancel({ locale: "en", token })).toBe(`/en/appointments/manage/${token}?done=cancelled`);
    expect((await findByToken(token)).status).toBe("cancelled");
    expect(await confirmCancel({ locale: "en", token })).toBe(`/en/appointments/manage/${token}?done=cancelled`);
  });

  it("after a race, only one of the offered times can be taken", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const offered = slotStart(7, "09:00").toISOString();
    const check = await saveDetails(await detailsFor(location.id, slotStart(7, "08:00")), { locale: "de" });
    const draft = draftOf(check);
    const data = (await loadDraft(draft))!.data;
    await saveDraft({ ...data, nextSlots: [offered] }, {}, draft);
    expect(await chooseOtherTime(form({ draft, start: slotStart(7, "12:00").toISOString() }), { locale: "de" })).toBe(
      `/appointments/new/taken?draft=${draft}`,
    );
    expect(await chooseOtherTime(form({ draft, start: offered }), { locale: "de" })).toBe(
      `/appointments/new/check?draft=${draft}`,
    );
    const chosen = (await loadDraft(draft))!.data;
    expect(chosen.start).toBe(offered);
    expect(chosen.nextSlots).toBeUndefined();
  });

  it("without a proof of work, an address gets half the booking attempts", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const headers = from("203.0.113.20");
    // A time in the past cannot be booked: each attempt counts against the limit all the same.
    const attempt = async () => {
      const draft = draftOf(await saveDetails(await detailsFor(location.id, slotStart(-2, "09:00")), { locale: "de" }));
      const url = await confirmBooking(form({ draft, altcha: "not-a-solution" }), { locale: "de", headers });
      return (await loadDraft(draft))?.errors.form ?? url;
    };
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await attempt());
    expect(outcomes).toEqual([
      "notBookable",
      "notBookable",
      "notBookable",
      "notBookable",
      "notBookable",
      "rateLimited",
    ]);
  });

  it("an empty or garbled post leads to a page", async () => {
    const headers = from("203.0.113.30");
    expect(await saveDetails(form(), { locale: "de" })).toMatch(
      /^\/appointments\/new\/details\?draft=[A-Za-z0-9_-]{43}$/,
    );
    expect(await confirmBooking(form(), { locale: "de", headers })).toBe("/appointments/new/check?expired=1");
    expect(await confirmBooking(form({ draft: "x".repeat(43) }), { locale: "de", headers })).toBe(
      "/appointments/new/check?expired=1",
    );
    expect(await chooseOtherTime(form({ draft: "../evil" }), { locale: "de" })).toBe(
      "/appointments/new/check?expired=1",
    );
    expect(
      await confirmReschedule(form({ start: "soon", day: "2030-01-01" }), { locale: "de", token: "nope", headers }),
    ).toBe("/appointments/manage/nope/reschedule?day=2030-01-01");
    expect(
      await confirmReschedule(form({ start: new Date().toISOString() }), { locale: "de", token: "nope", headers }),
    ).toBe("/appointments/manage/nope");
    expect(await confirmCancel({ locale: "de", token: "nope" })).toBe("/appointments/manage/nope?done=cancelled");
    expect(await changeVideoConsent(form(), { locale: "de", token: "nope" })).toBe("/appointments/manage/nope");
  });
});
