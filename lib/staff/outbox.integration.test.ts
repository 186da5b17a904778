// The staff outbox against a real PostgreSQL: the list carries no body, no private link and no
// token; opening a message is recorded with the staff member, the message and the person, and its
// body comes with the manage link masked.
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot } from "@/lib/booking/book";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { MASK } from "./mask-links";
import { listOutbox, openMessage } from "./outbox";

let database: TestDatabase;
let booked: { id: string; reference: string; manageToken: string };

beforeAll(async () => {
  database = await createTestDatabase("staff_outbox");
  const location = await createTestLocation(database.prisma, { capacity: 2 });
  const result = await bookSlot(bookingRequest(location.id, slotStart(3), 1), { client: database.prisma });
  booked = { id: result.id, reference: result.reference, manageToken: result.manageToken! };
});

afterAll(async () => {
  await database.drop();
});

describe("staff outbox", () => {
  it("lists recipient, kind, status and reference, but no body, link or token", async () => {
    const list = (await listOutbox({ client: database.prisma })).rows;
    const confirmation = list.find((entry) => entry.kind === "confirmation");
    expect(confirmation).toMatchObject({ reference: booked.reference, status: "pending", transport: "email" });
    expect(confirmation?.recipient).toMatch(/@example\.org$/);
    expect(confirmation).not.toHaveProperty("body");
    const text = JSON.stringify(list);
    expect(text).not.toContain(booked.manageToken);
    expect(text).not.toContain("/appointments/manage/");
  });

  it("opens one message with the manage link masked, and records who opened it and whose it is", async () => {
    const staff = await database.prisma.staffUser.create({
      data: {
        email: "fachkraft@zugang.example",
        name: "Fachkraft",
        passwordHash: await bcrypt.hash("x", 4),
        role: "caseworker",
      },
    });
    const stored = await database.prisma.notificationOutbox.findFirstOrThrow({
      where: { appointmentId: booked.id, kind: "confirmation" },
    });
    expect(stored.body).toContain(booked.manageToken);

    const opened = await openMessage(staff.id, stored.id, { client: database.prisma });
    expect(opened?.body).toContain(`/appointments/manage/${MASK}`);
    expect(opened?.body).toContain(booked.reference);
    expect(JSON.stringify(opened)).not.toContain(booked.manageToken);
    expect(opened?.attachmentNames).toEqual([`termin-${booked.reference}.ics`]);

    const appointment = await database.prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    const entries = await database.prisma.auditLog.findMany({ where: { action: "outbox.message-viewed" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      staffUserId: staff.id,
      entityType: "notification_outbox",
      entityId: stored.id,
      citizenId: appointment.citizenId,
    });

    expect(await openMessage(staff.id, "not-an-id", { client: database.prisma })).toBeNull();
    expect(await openMessage(staff.id, "00000000-0000-4000-8000-000000000000", { client: database.prisma })).toBeNull();
    expect(await database.prisma.auditLog.count({ where: { action: "outbox.message-viewed" } })).toBe(1);
  });
});
