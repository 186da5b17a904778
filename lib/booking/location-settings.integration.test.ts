// The admin's location settings against a real PostgreSQL: closures (a single day, a range, an
// accepted public holiday) take that day's slots away from the pages' search, the JSON API and
// the booking gate at once, and bad input is refused by field in German.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle } from "@/lib/api/http";
import { getSlots } from "@/lib/booking/api";
import { bookSlot } from "@/lib/booking/book";
import { acceptHoliday, addClosure, listClosures, proposedHolidays } from "@/lib/booking/location-closures";
import { updateLocationDetails } from "@/lib/booking/location-details";
import { saveOpeningHours } from "@/lib/booking/location-hours";
import { searchSlots } from "@/lib/booking/slots";
import { ValidationError } from "@/lib/errors";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { bookingRequest, createTestLocation } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

let database: TestDatabase;
const today = berlinDate(new Date());
const german = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

beforeAll(async () => {
  database = await createTestDatabase("locations");
  process.env.DATABASE_URL = database.url;
});

afterAll(() => database.drop());

const slotDays = async (locationId: string, from: string, to: string, now = new Date()) => [
  ...new Set(
    (
      await searchSlots(
        { requestType: "change-report", channel: "in_person", locationId, from, to },
        { client: database.prisma, now },
      )
    ).map((slot) => berlinDate(slot.start)),
  ),
];

async function apiDays(locationId: string, from: string, to: string): Promise<string[]> {
  const response = await handle(getSlots)(
    new Request(
      `http://portal.test/api/v1/slots?requestType=change-report&channel=in-person&location=${locationId}&from=${from}&to=${to}`,
    ),
  );
  expect(response.status).toBe(200);
  const { slots } = (await response.json()) as { slots: { start: string }[] };
  return [...new Set(slots.map((slot) => berlinDate(new Date(slot.start))))];
}

describe("closures in the slot calculation", () => {
  it("a single day: no slot that day in the search, the API or the booking gate, at once (the gate's cached rules included)", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    const [closed, before, after] = [addDays(today, 4), addDays(today, 3), addDays(today, 5)];
    // A booking warms the gate's rules for this location first.
    await bookSlot(bookingRequest(location.id, berlinToUtc(before, "09:00"), 1), { client: database.prisma });
    expect(await slotDays(location.id, before, after)).toEqual([before, closed, after]);

    const outcome = await database.prisma.$transaction((tx) =>
      addClosure(tx, location.id, { startsOn: german(closed), endsOn: "", reason: "Betriebsversammlung" }),
    );
    expect(outcome).toEqual({ ok: true, value: { startsOn: closed, endsOn: closed, reason: "Betriebsversammlung" } });
    expect(await slotDays(location.id, before, after)).toEqual([before, after]);
    expect(await apiDays(location.id, before, after)).toEqual([before, after]);
    await expect(
      bookSlot(bookingRequest(location.id, berlinToUtc(closed, "09:00"), 2), { client: database.prisma }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      bookSlot(bookingRequest(location.id, berlinToUtc(after, "09:00"), 3), { client: database.prisma }),
    ).resolves.toMatchObject({ replayed: false });
  });

  it("a range: every day from the first to the last closed, the day after open; another location untouched", async () => {
    const [location, other] = [
      await createTestLocation(database.prisma, { capacity: 1 }),
      await createTestLocation(database.prisma, { capacity: 1 }),
    ];
    const [first, last] = [addDays(today, 6), addDays(today, 8)];
    await database.prisma.$transaction((tx) =>
      addClosure(tx, location.id, { startsOn: first, endsOn: last, reason: "Umzug" }),
    );
    expect(await slotDays(location.id, addDays(today, 5), addDays(today, 9))).toEqual([
      addDays(today, 5),
      addDays(today, 9),
    ]);
    expect(await apiDays(location.id, first, last)).toEqual([]);
    expect(await slotDays(other.id, first, last)).toEqual([first, addDays(today, 7), last]);
  });

  it("an accepted public holiday of the location's state: proposed by the holidays library, one post closes it, and it is proposed no more", async () => {
    // 6 January is a public holiday in Baden-Württemberg, not in Nordrhein-Westfalen.
    const now = new Date("2026-12-28T08:00:00Z");
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    await database.prisma.location.update({ where: { id: location.id }, data: { state: "BW" } });
    const proposed = proposedHolidays("BW", await listClosures(database.prisma, location.id, now), now);
    expect(proposed.slice(0, 2)).toEqual([
      { day: "2027-01-01", name: "Neujahr" },
      { day: "2027-01-06", name: "Heilige Drei Könige" },
    ]);
    expect(proposedHolidays("NW", [], now).map((holiday) => holiday.day)).not.toContain("2027-01-06");
    expect(await slotDays(location.id, "2027-01-05", "2027-01-07", now)).toEqual([
      "2027-01-05",
      "2027-01-06",
      "2027-01-07",
    ]);

    const accepted = await database.prisma.$transaction((tx) =>
      acceptHoliday(tx, { id: location.id, state: "BW" }, { day: "2027-01-06" }, now),
    );
    expect(accepted).toEqual({ ok: true, holiday: { day: "2027-01-06", name: "Heilige Drei Könige" } });
    expect(await slotDays(location.id, "2027-01-05", "2027-01-07", now)).toEqual(["2027-01-05", "2027-01-07"]);
    const closures = await listClosures(database.prisma, location.id, now);
    expect(closures.filter((closure) => !closure.everywhere)).toMatchObject([
      { startsOn: "2027-01-06", endsOn: "2027-01-06", reason: "Heilige Drei Könige", holiday: true },
    ]);
    expect(proposedHolidays("BW", closures, now).map((holiday) => holiday.day)).not.toContain("2027-01-06");
    // Taken over once only; a day that is no holiday of the state is refused.
    for (const day of ["2027-01-06", "2027-01-07"]) {
      const again = await database.prisma.$transaction((tx) =>
        acceptHoliday(tx, { id: location.id, state: "BW" }, { day }, now),
      );
      expect(again.ok).toBe(false);
    }
    const nrw = await database.prisma.$transaction((tx) =>
      acceptHoliday(tx, { id: location.id, state: "NW" }, { day: "2027-01-06" }, now),
    );
    expect(nrw).toMatchObject({
      ok: false,
      problems: { day: expect.stringContaining("kein vorgeschlagener Feiertag") },
    });
  });

  it("every change of a closure or an opening hour raises the location's rules version (the gate's cache compares it)", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const version = async () =>
      (await database.prisma.location.findUniqueOrThrow({ where: { id: location.id } })).rulesVersion;
    const start = await version();
    const closure = await database.prisma.closure.create({
      data: {
        locationId: location.id,
        startsOn: new Date(`${addDays(today, 20)}T00:00:00Z`),
        endsOn: new Date(`${addDays(today, 20)}T00:00:00Z`),
        reason: "x",
      },
    });
    expect(await version()).toBe(start + 1);
    await database.prisma.closure.delete({ where: { id: closure.id } });
    expect(await version()).toBe(start + 2);
    await database.prisma.openingHours.updateMany({
      where: { locationId: location.id, weekday: 1 },
      data: { capacity: 3 },
    });
    expect(await version()).toBe(start + 3);
  });
});

describe("bad input is refused by field, in German, and nothing is stored", () => {
  it("closures: an impossible day, the last day before the first, no reason, more than a year, all in the past", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const add = (form: Record<string, string>) =>
      database.prisma.$transaction((tx) =>
        addClosure(tx, location.id, { startsOn: "", endsOn: "", reason: "", ...form }),
      );
    expect(await add({ startsOn: "31.02.2027", reason: "x" })).toEqual({
      ok: false,
      problems: { startsOn: "Der erste Tag ist kein gültiger Tag (TT.MM.JJJJ)." },
    });
    expect(await add({ reason: "x" })).toMatchObject({
      ok: false,
      problems: { startsOn: "Bitte geben Sie den ersten Tag an (TT.MM.JJJJ)." },
    });
    expect(await add({ startsOn: addDays(today, 5), endsOn: addDays(today, 4), reason: "x" })).toEqual({
      ok: false,
      problems: { endsOn: "Der letzte Tag liegt vor dem ersten." },
    });
    expect(await add({ startsOn: addDays(today, 5), reason: "   " })).toEqual({
      ok: false,
      problems: { reason: "Bitte geben Sie einen Grund an." },
    });
    expect(await add({ startsOn: addDays(today, 5), endsOn: addDays(today, 5 + 366), reason: "x" })).toEqual({
      ok: false,
      problems: { endsOn: "Eine Schließung dauert höchstens 366 Tage." },
    });
    expect(await add({ startsOn: addDays(today, -3), endsOn: addDays(today, -1), reason: "x" })).toEqual({
      ok: false,
      problems: { startsOn: "Die Schließung liegt ganz in der Vergangenheit." },
    });
    expect(await add({ startsOn: addDays(today, 5), reason: "a\u0000b" })).toEqual({
      ok: false,
      problems: { reason: "Der Grund enthält unzulässige Zeichen." },
    });
    expect(await database.prisma.closure.count({ where: { locationId: location.id } })).toBe(0);
  });

  it("address and booking window: postal code, state, numbers out of range; a valid change names each value before and after", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const form = {
      street: "Teststraße 1",
      postalCode: "68161",
      city: "Mannheim",
      state: "BW",
      accessibilityNotes: "",
      walkInNotes: "",
      minNoticeMinutes: "0",
      horizonDays: "60",
    };
    const refused = await database.prisma.$transaction((tx) =>
      updateLocationDetails(tx, location.id, {
        ...form,
        postalCode: "6816",
        state: "XX",
        minNoticeMinutes: "-5",
        horizonDays: "999",
      }),
    );
    expect(refused).toEqual({
      ok: false,
      problems: {
        postalCode: "Die Postleitzahl hat fünf Ziffern.",
        state: "Bitte wählen Sie ein Bundesland.",
        minNoticeMinutes: "Mindestvorlauf: bitte eine ganze Zahl von 0 bis 20160.",
        horizonDays: "Buchungszeitraum: bitte eine ganze Zahl von 1 bis 365.",
      },
    });
    const saved = await database.prisma.$transaction((tx) =>
      updateLocationDetails(tx, location.id, { ...form, stepFree: "1", horizonDays: "30" }),
    );
    expect(saved).toEqual({
      ok: true,
      changed: {
        state: { from: null, to: "BW" },
        stepFree: { from: false, to: true },
        horizonDays: { from: 60, to: 30 },
      },
    });
    // The horizon applies to the search at once.
    expect(await slotDays(location.id, addDays(today, 29), addDays(today, 32))).toEqual([
      addDays(today, 29),
      addDays(today, 30),
    ]);
  });

  it("opening hours: overlapping periods and a reserve above the places are refused; a valid table replaces the week and the reserve applies", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const row = (index: number, values: [string, string, string, string, string]) =>
      Object.fromEntries(
        ["weekday", "opensAt", "closesAt", "capacity", "frontDeskReserve"].map((field, position) => [
          `row-${index}-${field}`,
          values[position],
        ]),
      );
    const refused = await database.prisma.$transaction((tx) =>
      saveOpeningHours(tx, location.id, {
        ...row(0, ["1", "08:00", "12:00", "2", "3"]),
        ...row(1, ["2", "08:00", "12:00", "2", "0"]),
        ...row(2, ["2", "11:00", "13:00", "2", "0"]),
        ...row(3, ["3", "25:00", "12:00", "x", "0"]),
      }),
    );
    expect(refused).toEqual({
      ok: false,
      problems: {
        "row-0-frontDeskReserve": "Zeile 1: Es können nicht mehr Plätze zurückgehalten werden, als es gibt.",
        "row-3-opensAt": "Zeile 4: Beginn: bitte als SS:MM, z. B. 08:00.",
        "row-3-capacity": "Zeile 4: Plätze: bitte eine ganze Zahl von 0 bis 99.",
        hours: "Dienstag: 08:00–12:00 und 11:00–13:00 überschneiden sich.",
      },
    });
    expect(await database.prisma.openingHours.count({ where: { locationId: location.id } })).toBe(7);
    // Only Mondays, two places of which one is held back for the front desk: citizens see one.
    const saved = await database.prisma.$transaction((tx) =>
      saveOpeningHours(tx, location.id, {
        ...row(0, ["1", "08:00", "10:00", "2", "1"]),
        ...row(1, ["", "", "", "", ""]),
      }),
    );
    expect(saved).toMatchObject({
      ok: true,
      after: [{ weekday: 1, opensAt: "08:00", closesAt: "10:00", capacity: 2, frontDeskReserve: 1, walkIn: false }],
    });
    const monday = [1, 2, 3, 4, 5, 6, 7]
      .map((offset) => addDays(today, offset))
      .find((day) => new Date(`${day}T12:00:00Z`).getUTCDay() === 1)!;
    const slots = await searchSlots(
      {
        requestType: "change-report",
        channel: "in_person",
        locationId: location.id,
        from: addDays(today, 1),
        to: addDays(today, 7),
      },
      { client: database.prisma },
    );
    expect(new Set(slots.map((slot) => berlinDate(slot.start)))).toEqual(new Set([monday]));
    expect(new Set(slots.map((slot) => slot.remaining))).toEqual(new Set([1]));
  });
});
