// The dashboard's counts come from month and day rows kept by triggers (journey_monthly beside
// journey_daily, survey_count), not from the journeys and sheets themselves. Against a real
// PostgreSQL: journeys at random times over four months, some moved or deleted afterwards, and
// questionnaire sheets inserted, changed and deleted, counted for periods that start and end inside
// months, on month boundaries (in Berlin time) or not at all, must give exactly what counting the
// rows one by one gives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinDate } from "@/lib/time";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { feedbackTables, journeyRanges, journeyTables, surveyTables, waitingTables } from "./tables";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("analytics_rollups", { reference: false });
  await database.prisma.requestType.createMany({
    data: ["anliegen-a", "anliegen-b"].map((key) => ({
      key,
      title: { de: key },
      description: { de: "" },
      allowedChannels: ["online", "video", "in_person", "phone"],
    })),
  });
});

afterAll(async () => {
  await database.drop();
});

/** A small deterministic generator, so that a failure can be repeated. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

const CHANNELS = ["online", "video", "in_person", "phone"] as const;
const PREFERENCES = ["personal", "mixed", "digital", null] as const;
const PERIODS: [string | null, string | null][] = [
  [null, null],
  ["2026-01-01", "2026-04-30"],
  ["2026-01-15", "2026-03-10"],
  ["2026-02-01", "2026-02-28"],
  ["2026-02-03", "2026-02-20"],
  [null, "2026-02-14"],
  ["2026-02-28", null],
  ["2026-01-31", "2026-02-01"],
  ["2026-03-31", "2026-03-31"],
  [null, "2026-03-31"],
];

describe("journeyRanges", () => {
  it("reads whole months from the month rows and the days at either end from the day rows", () => {
    expect(journeyRanges(null, null)).toEqual({ months: { from: null, before: null }, days: [] });
    expect(journeyRanges("2026-01-01", "2026-04-30")).toEqual({
      months: { from: "2026-01-01", before: "2026-05-01" },
      days: [],
    });
    expect(journeyRanges("2026-01-15", "2026-03-10")).toEqual({
      months: { from: "2026-02-01", before: "2026-03-01" },
      days: [
        ["2026-01-15", "2026-02-01"],
        ["2026-03-01", "2026-03-11"],
      ],
    });
    expect(journeyRanges("2026-02-03", "2026-02-20")).toEqual({ months: null, days: [["2026-02-03", "2026-02-21"]] });
    expect(journeyRanges("2026-12-15", null)).toEqual({
      months: { from: "2027-01-01", before: null },
      days: [["2026-12-15", "2027-01-01"]],
    });
    expect(journeyRanges(null, "2028-02-29")).toEqual({ months: { from: null, before: "2028-03-01" }, days: [] });
  });
});

describe("the dashboard's counts from the trigger-kept rows", () => {
  it("journeys: channel mix per month and advice per preference, for every kind of period, after changes and deletions", async () => {
    const next = generator(7);
    const start = Date.parse("2025-12-31T21:00:00Z");
    const span = Date.parse("2026-05-01T03:00:00Z") - start;
    const journeys = Array.from({ length: 400 }, () => {
      const chosen = next(5);
      return {
        requestTypeKey: next(2) === 0 ? "anliegen-a" : "anliegen-b",
        preference: PREFERENCES[next(4)],
        recommendedChannel: CHANNELS[next(4)],
        chosenChannel: chosen === 4 ? null : CHANNELS[chosen],
        outcome: chosen === 4 ? "abandoned" : "chosen",
        // Around midnight in Berlin more often, where a day and a month change.
        createdAt: new Date(start + Math.floor((next(1_000_000) / 1_000_000) * span)),
      };
    });
    await database.prisma.journey.createMany({ data: journeys });
    // Afterwards: some move to another month, some change their choice, some are deleted.
    const stored = await database.prisma.journey.findMany({ orderBy: { createdAt: "asc" } });
    for (const journey of stored.slice(0, 20))
      await database.prisma.journey.update({
        where: { id: journey.id },
        data: { createdAt: new Date(journey.createdAt.getTime() + 40 * 86_400_000) },
      });
    for (const journey of stored.slice(100, 120))
      await database.prisma.journey.update({
        where: { id: journey.id },
        data: { chosenChannel: "phone", outcome: "chosen" },
      });
    await database.prisma.journey.deleteMany({
      where: { id: { in: stored.slice(200, 230).map((journey) => journey.id) } },
    });

    const now = await database.prisma.journey.findMany();
    for (const [from, to] of PERIODS) {
      const inPeriod = now.filter((journey) => {
        const day = berlinDate(journey.createdAt);
        return (from === null || day >= from) && (to === null || day <= to);
      });
      const tables = await journeyTables({ from, to, locationId: null }, database.prisma);
      const mix = tables.find((table) => table.key === "channel-mix")!;
      const months = [
        ...new Set(
          inPeriod
            .filter((journey) => journey.chosenChannel)
            .map((journey) => berlinDate(journey.createdAt).slice(0, 7)),
        ),
      ].sort();
      expect(
        mix.rows.map((row) => row.key),
        `months of ${from} – ${to}`,
      ).toEqual(months);
      expect(mix.counts, `channel mix of ${from} – ${to}`).toEqual(
        months.map((month) =>
          CHANNELS.map(
            (channel) =>
              inPeriod.filter(
                (journey) => berlinDate(journey.createdAt).startsWith(month) && journey.chosenChannel === channel,
              ).length,
          ),
        ),
      );

      const advice = tables.find((table) => table.key === "recommended-vs-chosen-by-preference")!;
      const taken = (journey: (typeof now)[number]) =>
        journey.chosenChannel === null ? 2 : journey.chosenChannel === journey.recommendedChannel ? 0 : 1;
      expect(advice.counts, `advice of ${from} – ${to}`).toEqual(
        ["personal", "mixed", "digital", "none"].map((preference) =>
          [0, 1, 2].map(
            (column) =>
              inPeriod.filter((journey) => (journey.preference ?? "none") === preference && taken(journey) === column)
                .length,
          ),
        ),
      );
    }
  });

  it("questionnaire sheets: the types and each question by type, for whole and partial periods, after changes and deletions", async () => {
    const next = generator(11);
    const types = ["personal", "mixed", "digital"] as const;
    const ages = ["under-25", "25-44", "over-44", null] as const;
    const sheets = Array.from({ length: 300 }, () => ({
      source: "paper",
      answeredMonth: new Date(Date.UTC(2026, next(4), 1)),
      type: types[next(3)],
      age: ages[next(4)],
      item11_3: next(6) || null,
    }));
    await database.prisma.surveyResponse.createMany({ data: sheets });
    const stored = await database.prisma.surveyResponse.findMany();
    await database.prisma.surveyResponse.updateMany({
      where: { id: { in: stored.slice(0, 25).map((sheet) => sheet.id) } },
      data: { type: "digital", age: "over-44" },
    });
    await database.prisma.surveyResponse.deleteMany({
      where: { id: { in: stored.slice(50, 90).map((sheet) => sheet.id) } },
    });

    const now = await database.prisma.surveyResponse.findMany();
    for (const [from, to] of PERIODS) {
      const inPeriod = now.filter((sheet) => {
        const month = sheet.answeredMonth.toISOString().slice(0, 7);
        return (from === null || month >= from.slice(0, 7)) && (to === null || month <= to.slice(0, 7));
      });
      const tables = await surveyTables({ from, to, locationId: null }, database.prisma);
      expect(tables.find((table) => table.key === "types")!.counts, `types of ${from} – ${to}`).toEqual([
        types.map((type) => inPeriod.filter((sheet) => sheet.type === type).length),
      ]);
      expect(tables.find((table) => table.key === "type-by-age")!.counts, `age of ${from} – ${to}`).toEqual(
        ["under-25", "25-44", "over-44"].map((age) =>
          types.map((type) => inPeriod.filter((sheet) => sheet.age === age && sheet.type === type).length),
        ),
      );
      expect(tables.find((table) => table.key === "item-11-3-by-type")!.counts, `item 11.3 of ${from} – ${to}`).toEqual(
        types.map((type) =>
          [1, 2, 3, 4, 5].map(
            (answer) => inPeriod.filter((sheet) => sheet.type === type && sheet.item11_3 === answer).length,
          ),
        ),
      );
    }
  });

  it("waiting times: each number's wait to its first call, by kind, per period and location", async () => {
    const [north, south] = [crypto.randomUUID(), crypto.randomUUID()];
    await database.prisma.location.createMany({
      data: [north, south].map((id, index) => ({ id, slug: `ort-${index}`, name: `Ort ${index}` })),
    });
    // minutes waited (null: never called), kind, location, day
    const tickets: [number | null, "walk_in" | "appointment", string, string][] = [
      [2, "walk_in", north, "2026-03-02"],
      [9, "walk_in", north, "2026-03-02"],
      [10, "walk_in", north, "2026-03-02"],
      [29, "walk_in", north, "2026-03-03"],
      [45, "walk_in", south, "2026-03-03"],
      [75, "walk_in", north, "2026-03-04"],
      [null, "walk_in", north, "2026-03-04"],
      [0, "appointment", north, "2026-03-02"],
      [12, "appointment", south, "2026-03-02"],
      [null, "appointment", north, "2026-03-04"],
    ];
    await database.prisma.queueTicket.createMany({
      data: tickets.map(([minutes, kind, locationId, day], index) => {
        const readyAt = new Date(`${day}T08:00:00Z`);
        return {
          locationId,
          day: new Date(`${day}T00:00:00Z`),
          number: `A${String(index + 1).padStart(3, "0")}`,
          kind,
          readyAt,
          firstCalledAt: minutes === null ? null : new Date(readyAt.getTime() + minutes * 60_000),
        };
      }),
    });
    const counts = async (from: string | null, to: string | null, locationId: string | null) =>
      (await waitingTables({ from, to, locationId }, database.prisma))[0].counts;
    expect(await counts(null, null, null)).toEqual([
      [2, 2, 1, 1, 1],
      [1, 1, 0, 0, 1],
    ]);
    expect(await counts("2026-03-03", "2026-03-04", north)).toEqual([
      [0, 1, 0, 1, 1],
      [0, 0, 0, 0, 1],
    ]);
  });

  it("ratings per channel: the channel the journey had chosen when the rating was given, kept when the journey is deleted", async () => {
    await database.prisma.feedback.deleteMany();
    const journey = (chosenChannel: "online" | "video" | null) =>
      database.prisma.journey.create({
        data: {
          requestTypeKey: "anliegen-a",
          recommendedChannel: "online",
          chosenChannel,
          outcome: chosenChannel ? "chosen" : "abandoned",
          createdAt: new Date("2026-06-10T10:00:00Z"),
        },
      });
    const [online, video, none] = [await journey("online"), await journey("video"), await journey(null)];
    const rate = (rating: number, journeyId: string | null, createdAt = "2026-06-10T12:00:00Z") =>
      database.prisma.feedback.create({
        data: { kind: "rating", message: "", rating, journeyId, createdAt: new Date(createdAt) },
      });
    await rate(5, online.id);
    await rate(4, online.id);
    await rate(2, video.id);
    await rate(3, none.id);
    await rate(1, null);
    await rate(5, online.id, "2026-07-01T12:00:00Z");
    // The video journey changes its mind later and is then deleted by the retention rule: its rating stays with video.
    await database.prisma.journey.update({ where: { id: video.id }, data: { chosenChannel: "online" } });
    await database.prisma.journey.delete({ where: { id: video.id } });

    const table = async (from: string | null, to: string | null) =>
      (await feedbackTables({ from, to, locationId: null }, database.prisma))[0];
    const june = await table("2026-06-01", "2026-06-30");
    expect(june.rows.map((row) => row.key)).toEqual(["online", "video", "in_person", "phone", "none"]);
    expect(june.counts).toEqual([
      [0, 0, 0, 1, 1],
      [0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [1, 0, 1, 0, 0],
    ]);
    expect((await table(null, null)).counts[0]).toEqual([0, 0, 0, 1, 2]);
  });
});
