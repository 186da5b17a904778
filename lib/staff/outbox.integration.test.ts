// The staff outbox against a real PostgreSQL: the list carries no body, no private link and no
// token; an opened message's body comes with the manage link masked, and its view event names the
// message and the person (the door records it with the staff member).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot } from "@/lib/booking/book";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { MASK } from "./mask-links";
import { listOutbox, messageViewed, openMessage } from "./outbox";

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

  it("opens one message with the manage link masked, its view naming the message and whose it is", async () => {
    const stored = await database.prisma.notificationOutbox.findFirstOrThrow({
      where: { appointmentId: booked.id, kind: "confirmation" },
    });
    expect(stored.body).toContain(booked.manageToken);

    const opened = await openMessage(stored.id, { client: database.prisma });
    expect(opened?.body).toContain(`/appointments/manage/${MASK}`);
    expect(opened?.body).toContain(booked.reference);
    expect(JSON.stringify(opened)).not.toContain(booked.manageToken);
    expect(opened?.attachmentNames).toEqual([`termin-${booked.reference}.ics`]);

    // Its view, as the page hands it to the door: the message and the person concerned.
    const appointment = await database.prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } });
    expect(messageViewed(opened)).toEqual({
      action: "outbox.message-viewed",
      citizenId: appointment.citizenId,
      object: { type: "notification_outbox", id: stored.id },
      details: { kind: "confirmation" },
    });

    expect(await openMessage("not-an-id", { client: database.prisma })).toBeNull();
    expect(await openMessage("00000000-0000-4000-8000-000000000000", { client: database.prisma })).toBeNull();
    expect(messageViewed(null)).toBeNull();
    // Reading records nothing by itself: the door does, for a page's GET.
    expect(await database.prisma.auditLog.count({ where: { action: "outbox.message-viewed" } })).toBe(0);
  });
});
