// Retention: what is past its time is deleted, what is not stays.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeExpiredData } from "@/lib/retention";
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
    const location = await prisma.location.create({ data: { slug: `l-${randomBytes(3).toString("hex")}`, name: "Test" } });
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
    await prisma.journey.createMany({ data: [{ requestTypeKey: "sick-note", createdAt: ago(400) }, { requestTypeKey: "sick-note", createdAt: ago(30) }] });
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
