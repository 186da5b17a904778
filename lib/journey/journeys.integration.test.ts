// The journey store against a real database: rules come from the newest rule set (an admin's change
// shows at once), each pass is stored, and a choice is recorded only for an offered channel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

let database: TestDatabase;
let store: typeof import("./journeys");
let feedback: typeof import("@/lib/feedback/store");

beforeAll(async () => {
  database = await createTestDatabase("journey_store");
  process.env.DATABASE_URL = database.url;
  store = await import("./journeys");
  feedback = await import("@/lib/feedback/store");
});
afterAll(async () => {
  await database?.drop();
});

describe("journeys", () => {
  it("stores a pass with its options and records the chosen channel", async () => {
    const { journeyId, recommendation } = await store.startJourney({
      requestTypeKey: "sick-note",
      preference: "personal",
      situation: { helpNeed: "often" },
      language: "tr",
      forSomeoneElse: true,
    });
    expect(recommendation.options.map((o) => o.channel)).toEqual(["in_person", "phone", "online"]);
    const row = await database.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } });
    expect(row).toMatchObject({
      requestTypeKey: "sick-note",
      preference: "personal",
      recommendedChannel: "in_person",
      chosenChannel: null,
      language: "tr",
      forSomeoneElse: true,
      outcome: "started",
    });
    expect(await store.recordChoice(journeyId, "video")).toBeNull();
    expect((await store.recordChoice(journeyId, "phone"))?.chosenChannel).toBe("phone");
    expect(await database.prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).toMatchObject({
      chosenChannel: "phone",
      outcome: "chosen",
    });
  });

  it("takes a request type key with a control character for an unknown one (nothing reaches the database)", async () => {
    const before = await database.prisma.journey.count();
    await expect(
      store.startJourney({
        requestTypeKey: "sick-note\u0000",
        preference: null,
        situation: {},
        language: "de",
        forSomeoneElse: false,
      }),
    ).rejects.toThrow("request type not found");
    expect(await database.prisma.journey.count()).toBe(before);
  });

  it("finds nothing for a malformed id, an unknown id or another request type", async () => {
    const { journeyId } = await store.startJourney({
      requestTypeKey: "absence",
      preference: null,
      situation: {},
      language: "de",
      forSomeoneElse: false,
    });
    expect(await store.findJourney("not-a-uuid")).toBeNull();
    expect(await store.findJourney("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await store.findJourney(journeyId, "sick-note")).toBeNull();
    expect((await store.findJourney(journeyId, "absence"))?.preference).toBeNull();
  });

  it("follows the rule set in force: a newer version's base order and a step turned off apply at once", async () => {
    const { currentRuleSet } = await import("./rule-store");
    const current = await currentRuleSet();
    const write = (version: number, content: typeof current.content) =>
      database.prisma.routingRuleSet.create({
        data: { version, baseOrders: content.baseOrders, situationSteps: content.situationSteps as object[] },
      });
    const reordered = {
      ...current.content,
      baseOrders: {
        ...current.content.baseOrders,
        "contact-details": {
          ...current.content.baseOrders["contact-details"],
          digital: ["in_person" as const, "online" as const],
        },
      },
    };
    await write(current.version + 1, reordered);
    expect((await store.recommendFor("contact-details", { preference: "digital" })).recommendation.recommended).toBe(
      "in_person",
    );
    const withoutHelpStep = {
      ...reordered,
      situationSteps: reordered.situationSteps.map((step) =>
        step.key === "help-needed" ? { ...step, enabled: false } : step,
      ),
    };
    await write(current.version + 2, withoutHelpStep);
    expect(
      (await store.recommendFor("change-report", { preference: "digital", situation: { helpNeed: "always" } }))
        .recommendation.recommended,
    ).toBe("online");
    await write(current.version + 3, current.content);
    expect(
      (await store.recommendFor("change-report", { preference: "digital", situation: { helpNeed: "always" } }))
        .recommendation.recommended,
    ).toBe("video");
  });

  it("an inactive or unknown request type is not found", async () => {
    await database.prisma.requestType.update({ where: { key: "digital-help" }, data: { active: false } });
    await expect(store.recommendFor("digital-help", {})).rejects.toThrow("not found");
    await expect(store.recommendFor("nope", {})).rejects.toThrow("not found");
  });
});

describe("feedback", () => {
  it("keeps a rejected form under its token only, then discards it", async () => {
    const token = await feedback.saveRejectedFeedback(
      { kind: "barrier", message: "Zu kleine Schrift", page: "/", email: "x" },
      { email: "email" },
      "de",
    );
    expect(await feedback.loadRejectedFeedback(token)).toEqual({
      values: { kind: "barrier", message: "Zu kleine Schrift", page: "/", email: "x" },
      errors: { email: "email" },
    });
    expect(await feedback.loadRejectedFeedback(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await feedback.loadRejectedFeedback("short")).toBeNull();
    await feedback.discardRejectedFeedback(token);
    expect(await feedback.loadRejectedFeedback(token)).toBeNull();
  });
  it("saves feedback for staff", async () => {
    await feedback.saveFeedback({ kind: "feedback", message: "Gut gemacht", pageUrl: null, email: null }, "uk");
    expect(await database.prisma.feedback.findFirst({ where: { message: "Gut gemacht" } })).toMatchObject({
      kind: "feedback",
      language: "uk",
    });
  });
});
