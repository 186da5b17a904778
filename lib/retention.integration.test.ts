// Retention: what is past its time is deleted, what is not stays; every rule, a day either side of
// its limit.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { purgeExpiredData, RETENTION_DAYS, RETENTION_RULES } from "@/lib/retention";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

const DAY = 86_400_000;

describe("purgeExpiredData", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("retention");
  });
  afterAll(() => database.drop());

  it("deletes expired records and keeps current ones", async () => {
    const prisma = database.prisma;
    const now = new Date("2027-06-01T10:00:00Z");
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const location = await prisma.location.create({
      data: { slug: `l-${randomBytes(3).toString("hex")}`, name: "Test" },
    });
    const appointment = async (name: string, endsDaysAgo: number) => {
      const citizen = await prisma.citizen.create({ data: { name, createdAt: ago(400) } });
      await prisma.appointment.create({
        data: {
          reference: randomBytes(4).toString("hex"),
          requestTypeKey: "job-counselling",
          channel: "in_person",
          locationId: location.id,
          startsAt: new Date(ago(endsDaysAgo).getTime() - 1_800_000),
          endsAt: ago(endsDaysAgo),
          citizenId: citizen.id,
          manageTokenHash: randomBytes(16).toString("hex"),
        },
      });
      return citizen;
    };
    const oldPerson = await appointment("Alt", 200);
    const recentPerson = await appointment("Neu", 10);
    await prisma.citizen.create({ data: { name: "Ohne Termin", createdAt: ago(200) } });
    await prisma.journey.createMany({
      data: [
        { requestTypeKey: "sick-note", createdAt: ago(400) },
        { requestTypeKey: "sick-note", createdAt: ago(30) },
      ],
    });
    await prisma.formDraft.createMany({
      data: [
        { formKey: "sick-note", tokenHash: "expired", expiresAt: ago(1) },
        { formKey: "sick-note", tokenHash: "current", expiresAt: new Date(now.getTime() + DAY) },
      ],
    });
    await prisma.idempotencyRecord.createMany({
      data: [
        { scope: "t", key: "old", requestHash: "h", createdAt: ago(8) },
        { scope: "t", key: "new", requestHash: "h", createdAt: ago(1) },
      ],
    });

    const counts = await purgeExpiredData(prisma, now);

    expect(counts).toMatchObject({ appointments: 1, journeys: 1, formDrafts: 1, idempotencyRecords: 1 });
    // The person whose only appointment was purged goes too, as does the one who never had one.
    expect(counts.citizens).toBe(2);
    expect(await prisma.citizen.findUnique({ where: { id: oldPerson.id } })).toBeNull();
    expect(await prisma.citizen.findUnique({ where: { id: recentPerson.id } })).not.toBeNull();
    expect(await prisma.appointment.count()).toBe(1);
    expect(await prisma.journey.count()).toBe(1);
    expect((await prisma.formDraft.findMany()).map((draft) => draft.tokenHash)).toEqual(["current"]);
    expect((await prisma.idempotencyRecord.findMany()).map((record) => record.key)).toEqual(["new"]);

    expect(Object.values(await purgeExpiredData(prisma, now)).every((count) => count === 0)).toBe(true);
  });
});

/**
 * One rule's limit, seen from both sides: `make` stores a row dated `at` (its age or expiry, as
 * the rule reads it) and answers whether that row still exists.
 */
interface RuleCase {
  rule: string;
  what: string;
  /** days the rule keeps a row: its age limit, or 0 for rows that carry their own expiry */
  limit: number;
  /** "age": the row is dated limit ± 1 day before now; "expiry": it expires 1 day after / before now */
  by: "age" | "expiry";
  /** the database's own clock bounds the rule (purge_audit_log never deletes younger rows): dated from the real now */
  realClock?: boolean;
  make(prisma: PrismaClient, at: Date): Promise<() => Promise<boolean>>;
}

const token = () => randomBytes(8).toString("hex");
const exists = (count: () => Promise<number>) => async () => (await count()) > 0;

async function appointmentEnding(prisma: PrismaClient, endsAt: Date, citizenCreatedAt = endsAt) {
  const location = await prisma.location.create({ data: { slug: `l-${token()}`, name: "Test" } });
  const citizen = await prisma.citizen.create({ data: { name: "Termin", createdAt: citizenCreatedAt } });
  const appointment = await prisma.appointment.create({
    data: {
      reference: token(),
      requestTypeKey: "job-counselling",
      channel: "in_person",
      locationId: location.id,
      startsAt: new Date(endsAt.getTime() - 1_800_000),
      endsAt,
      citizenId: citizen.id,
      manageTokenHash: token(),
    },
  });
  return { citizen, appointment };
}

const cases: RuleCase[] = [
  {
    rule: "appointments",
    what: "an appointment, counted from its end",
    limit: RETENTION_DAYS.appointmentAfterEnd,
    by: "age",
    make: async (prisma, at) => {
      const { appointment } = await appointmentEnding(prisma, at);
      return exists(() => prisma.appointment.count({ where: { id: appointment.id } }));
    },
  },
  {
    rule: "citizens",
    what: "a person without appointments or submissions, counted from when they were stored",
    limit: RETENTION_DAYS.citizenWithoutRecords,
    by: "age",
    make: async (prisma, at) => {
      const citizen = await prisma.citizen.create({ data: { name: "Ohne Termin", createdAt: at } });
      return exists(() => prisma.citizen.count({ where: { id: citizen.id } }));
    },
  },
  {
    rule: "citizens",
    what: "a person marked for deletion, by their deletion date",
    limit: 0,
    by: "expiry",
    make: async (prisma, at) => {
      const citizen = await prisma.citizen.create({ data: { name: "Zu löschen", deleteAfter: at } });
      return exists(() => prisma.citizen.count({ where: { id: citizen.id } }));
    },
  },
  {
    rule: "journeys",
    what: "a journey",
    limit: RETENTION_DAYS.journey,
    by: "age",
    make: async (prisma, at) => {
      const journey = await prisma.journey.create({ data: { requestTypeKey: "sick-note", createdAt: at } });
      return exists(() => prisma.journey.count({ where: { id: journey.id } }));
    },
  },
  {
    rule: "feedback",
    what: "feedback",
    limit: RETENTION_DAYS.feedback,
    by: "age",
    make: async (prisma, at) => {
      const feedback = await prisma.feedback.create({
        data: { kind: "barrier", message: "Knopf zu klein", email: "a@example.org", createdAt: at },
      });
      return exists(() => prisma.feedback.count({ where: { id: feedback.id } }));
    },
  },
  {
    rule: "messages",
    what: "a sent message",
    limit: RETENTION_DAYS.finishedMessage,
    by: "age",
    make: async (prisma, at) => {
      const message = await prisma.notificationOutbox.create({
        data: {
          kind: "confirmation",
          transport: "email",
          recipient: "a@example.org",
          subject: "Termin",
          body: "Ihr Termin",
          status: "sent",
          createdAt: at,
        },
      });
      return exists(() => prisma.notificationOutbox.count({ where: { id: message.id } }));
    },
  },
  {
    rule: "formDrafts",
    what: "a form draft, by its expiry",
    limit: 0,
    by: "expiry",
    make: async (prisma, at) => {
      const draft = await prisma.formDraft.create({
        data: { formKey: "sick-note", tokenHash: token(), expiresAt: at },
      });
      return exists(() => prisma.formDraft.count({ where: { id: draft.id } }));
    },
  },
  {
    rule: "bookingDrafts",
    what: "a booking draft, by its expiry",
    limit: 0,
    by: "expiry",
    make: async (prisma, at) => {
      const draft = await prisma.bookingDraft.create({
        data: { tokenHash: token(), data: { name: "Entwurf", email: "a@example.org" }, expiresAt: at },
      });
      return exists(() => prisma.bookingDraft.count({ where: { id: draft.id } }));
    },
  },
  {
    rule: "idempotencyRecords",
    what: "an idempotency record",
    limit: RETENTION_DAYS.idempotencyRecord,
    by: "age",
    make: async (prisma, at) => {
      const key = token();
      await prisma.idempotencyRecord.create({ data: { scope: "t", key, requestHash: "h", createdAt: at } });
      return exists(() => prisma.idempotencyRecord.count({ where: { key } }));
    },
  },
  {
    rule: "rateLimitCounters",
    what: "a rate-limit counter, by the start of its window",
    limit: RETENTION_DAYS.rateLimitCounter,
    by: "age",
    make: async (prisma, at) => {
      const key = token();
      await prisma.rateLimitCounter.create({ data: { key, windowStart: at, count: 1 } });
      return exists(() => prisma.rateLimitCounter.count({ where: { key } }));
    },
  },
  {
    rule: "auditLog",
    what: "an audit log entry",
    limit: RETENTION_DAYS.auditLog,
    by: "age",
    realClock: true,
    make: async (prisma, at) => {
      const entry = await prisma.auditLog.create({
        data: { action: "person.viewed", entityType: "citizen", createdAt: at },
      });
      return exists(() => prisma.auditLog.count({ where: { id: entry.id } }));
    },
  },
  {
    rule: "queueContacts",
    what: "a waiting-room ticket's phone number, from the day after the ticket's day",
    limit: 1,
    by: "age",
    make: async (prisma, at) => {
      const ticket = await queueTicket(prisma, at, "0171234567");
      return async () => (await prisma.queueTicket.findUniqueOrThrow({ where: { id: ticket.id } })).phone !== null;
    },
  },
  {
    rule: "queueTickets",
    what: "a waiting-room ticket, counted from its day",
    limit: RETENTION_DAYS.queueTicket,
    by: "age",
    make: async (prisma, at) => {
      const ticket = await queueTicket(prisma, at, null);
      return exists(() => prisma.queueTicket.count({ where: { id: ticket.id } }));
    },
  },
  {
    rule: "staffSessions",
    what: "a staff session signed out or ended by an admin, counted from its end",
    limit: RETENTION_DAYS.staffSession,
    by: "age",
    make: async (prisma, at) => {
      // Used until it ended: its last request is the moment it was ended.
      const session = await prisma.staffSession.create({
        data: { staffUserId: await staffUser(prisma), createdAt: at, lastSeenAt: at, endedAt: at },
      });
      return exists(() => prisma.staffSession.count({ where: { id: session.id } }));
    },
  },
  {
    rule: "staffSessions",
    what: "a staff session never signed out, counted from its last request",
    limit: RETENTION_DAYS.staffSession,
    by: "age",
    make: async (prisma, at) => {
      const session = await prisma.staffSession.create({
        data: { staffUserId: await staffUser(prisma), createdAt: at, lastSeenAt: at },
      });
      return exists(() => prisma.staffSession.count({ where: { id: session.id } }));
    },
  },
];

async function staffUser(prisma: PrismaClient): Promise<string> {
  const staff = await prisma.staffUser.create({
    data: { email: `s-${token()}@zugang.example`, name: "Sitzung", passwordHash: "x", role: "caseworker" },
  });
  return staff.id;
}

async function queueTicket(prisma: PrismaClient, at: Date, phone: string | null) {
  const location = await prisma.location.create({ data: { slug: `q-${token()}`, name: "Warteraum" } });
  return prisma.queueTicket.create({
    data: {
      locationId: location.id,
      day: new Date(`${at.toISOString().slice(0, 10)}T00:00:00Z`),
      number: "A001",
      kind: "walk_in",
      readyAt: at,
      phone,
    },
  });
}

describe("every retention rule, a day either side of its limit", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("retentionrules");
  });
  afterAll(() => database.drop());
  const now = new Date("2027-06-01T10:00:00Z");
  const daysFromNow = (days: number) => new Date(now.getTime() + days * DAY);

  it("has a case for every rule", () => {
    expect([...new Set(cases.map((ruleCase) => ruleCase.rule))].sort()).toEqual(
      RETENTION_RULES.map((rule) => rule.name).sort(),
    );
  });

  it.each(
    cases.map(
      (ruleCase) =>
        [
          `${ruleCase.rule}: ${ruleCase.what}${ruleCase.by === "age" ? `, ${ruleCase.limit} day${ruleCase.limit === 1 ? "" : "s"}` : ""}`,
          ruleCase,
        ] as const,
    ),
  )("%s — kept the day before its limit, gone the day after", async (_name, ruleCase) => {
    const base = ruleCase.realClock ? new Date() : now;
    const from = (days: number) => new Date(base.getTime() + days * DAY);
    const [keptAt, goneAt] =
      ruleCase.by === "age" ? [from(-(ruleCase.limit - 1)), from(-(ruleCase.limit + 1))] : [from(1), from(-1)];
    const kept = await ruleCase.make(database.prisma, keptAt);
    const gone = await ruleCase.make(database.prisma, goneAt);
    const counts = await purgeExpiredData(database.prisma, base);
    expect(await kept()).toBe(true);
    expect(await gone()).toBe(false);
    expect(counts[ruleCase.rule]).toBeGreaterThanOrEqual(1);
  });

  it("keeps a staff session in use, however long ago it began, and one ended within the period", async () => {
    const prisma = database.prisma;
    const staffUserId = await staffUser(prisma);
    const longAgo = daysFromNow(-(RETENTION_DAYS.staffSession + 30));
    const lately = daysFromNow(-(RETENTION_DAYS.staffSession - 1));
    const open = await prisma.staffSession.create({ data: { staffUserId, createdAt: longAgo, lastSeenAt: now } });
    const endedLately = await prisma.staffSession.create({
      data: { staffUserId, createdAt: longAgo, lastSeenAt: lately, endedAt: lately },
    });
    await purgeExpiredData(prisma, now);
    expect(await prisma.staffSession.count({ where: { id: { in: [open.id, endedLately.id] } } })).toBe(2);
  });

  it("keeps a person past the limit while they have an appointment, and messages still to be sent", async () => {
    const prisma = database.prisma;
    const { citizen } = await appointmentEnding(
      prisma,
      daysFromNow(-10),
      daysFromNow(-(RETENTION_DAYS.citizenWithoutRecords + 100)),
    );
    const pending = await prisma.notificationOutbox.create({
      data: {
        kind: "reminder",
        transport: "email",
        recipient: "a@example.org",
        subject: "Erinnerung",
        body: "Morgen",
        createdAt: daysFromNow(-(RETENTION_DAYS.finishedMessage + 10)),
      },
    });
    await purgeExpiredData(prisma, now);
    expect(await prisma.citizen.count({ where: { id: citizen.id } })).toBe(1);
    expect(await prisma.notificationOutbox.count({ where: { id: pending.id } })).toBe(1);
  });
});
