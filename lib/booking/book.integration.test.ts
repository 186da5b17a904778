// Capacity is enforced by the database: concurrent attempts, in one process and in two, never
// overbook; retries with the same Idempotency-Key create one appointment.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookSlot } from "@/lib/booking/book";
import { createPrismaClient } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { bookingRequest, createTestLocation, slotStart } from "@/tests/booking";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

let database: TestDatabase;
let wide: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase("booking");
  // A pool as wide as a busy app server's, so that the 200 attempts really run at once.
  wide = createPrismaClient(database.url);
});

afterAll(async () => {
  await wide.$disconnect();
  await database.drop();
});

async function outcome(promise: Promise<unknown>): Promise<"booked" | "taken" | string> {
  try {
    await promise;
    return "booked";
  } catch (error) {
    if (error instanceof ConflictError && error.code === "slot-taken") return "taken";
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe("bookSlot under contention", () => {
  it("200 concurrent attempts for one slot of capacity 2 give exactly 2 bookings and 198 'taken' answers", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    const start = slotStart(3);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => outcome(bookSlot(bookingRequest(location.id, start, i), { client: wide }))),
    );
    const counts = results.reduce<Record<string, number>>(
      (acc, result) => ({ ...acc, [result]: (acc[result] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ booked: 2, taken: 198 });
    expect(await database.prisma.appointment.count({ where: { locationId: location.id, startsAt: start } })).toBe(2);
    const units = await database.prisma.slotCapacity.findMany({ where: { locationId: location.id } });
    expect(units.map((unit) => unit.booked)).toEqual([2, 2]);
  });

  it("the 'taken' answer carries the next free slots", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const start = slotStart(4);
    await bookSlot(bookingRequest(location.id, start, 1), { client: wide });
    const error = await bookSlot(bookingRequest(location.id, start, 2), { client: wide }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    const nextSlots = (error as ConflictError).details.nextSlots as { start: string; remaining: number }[];
    expect(nextSlots.length).toBeGreaterThan(0);
    expect(nextSlots[0].start).toMatch(/T09:30:00\+0[12]:00$/);
  });

  it("200 attempts split over two separate Node processes on one database give exactly 2 bookings", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    const start = slotStart(5);
    const script = path.join(process.cwd(), "tests", "book-many.ts");
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const run = (offset: number) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const child = spawn(tsx, [script, database.url, location.id, start.toISOString(), "100", String(offset)], {
          env: { ...process.env, DATABASE_URL: database.url },
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("exit", (code) =>
          code === 0
            ? resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}"))
            : reject(new Error(`child failed: ${stderr}`)),
        );
      });
    const [first, second] = await Promise.all([run(0), run(1000)]);
    expect((first.booked ?? 0) + (second.booked ?? 0)).toBe(2);
    expect((first.taken ?? 0) + (second.taken ?? 0)).toBe(198);
    // no other outcome (errors) in either process
    expect(Object.keys({ ...first, ...second }).filter((key) => key !== "booked" && key !== "taken")).toEqual([]);
    expect(await database.prisma.appointment.count({ where: { locationId: location.id, startsAt: start } })).toBe(2);
  }, 300_000);

  it("the database itself refuses a count above capacity", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    await expect(
      database.prisma.slotCapacity.create({
        data: { locationId: location.id, startsAt: slotStart(6), capacity: 1, booked: 2 },
      }),
    ).rejects.toThrow();
  });
});

describe("Idempotency-Key", () => {
  it("a retried request with the same key creates one appointment and answers with the same id", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 5 });
    const request = bookingRequest(location.id, slotStart(7), 1);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => bookSlot(request, { client: wide, idempotencyKey: "retry-key-1" })),
    );
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(results.find((result) => !result.replayed)?.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await database.prisma.appointment.count({ where: { locationId: location.id } })).toBe(1);
    const outbox = await database.prisma.notificationOutbox.findMany({ where: { appointmentId: results[0].id } });
    expect(outbox.map((message) => message.kind).sort()).toEqual(["confirmation", "reminder"]);
  });

  it("the same key with a different body is refused with a clear message", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 5 });
    await bookSlot(bookingRequest(location.id, slotStart(8), 1), { client: wide, idempotencyKey: "retry-key-2" });
    const error = await bookSlot(bookingRequest(location.id, slotStart(8, "10:00"), 2), {
      client: wide,
      idempotencyKey: "retry-key-2",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe("idempotency-key-reused");
  });
});

describe("a refused booking leaves nothing behind", () => {
  it("a slot whose second unit is full takes no place in the first, and the key can be used again once it is free", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 1 });
    const start = slotStart(9);
    const secondUnit = new Date(start.getTime() + 15 * 60_000);
    await database.prisma.slotCapacity.create({
      data: { locationId: location.id, startsAt: secondUnit, capacity: 1, booked: 1 },
    });
    const request = bookingRequest(location.id, start, 1);
    await expect(bookSlot(request, { client: wide, idempotencyKey: "refused-key-1" })).rejects.toMatchObject({
      code: "slot-taken",
    });
    expect(
      await database.prisma.slotCapacity.findMany({
        where: { locationId: location.id },
        select: { startsAt: true, booked: true },
      }),
    ).toEqual([{ startsAt: secondUnit, booked: 1 }]);
    expect(await database.prisma.idempotencyRecord.count({ where: { key: "refused-key-1" } })).toBe(0);
    expect(await database.prisma.notificationOutbox.count({ where: { recipient: request.person.email! } })).toBe(0);

    await database.prisma.slotCapacity.update({
      where: { locationId_startsAt: { locationId: location.id, startsAt: secondUnit } },
      data: { booked: 0 },
    });
    const booked = await bookSlot(request, { client: wide, idempotencyKey: "refused-key-1" });
    expect(booked.replayed).toBe(false);
    const units = await database.prisma.slotCapacity.findMany({
      where: { locationId: location.id },
      orderBy: { startsAt: "asc" },
    });
    expect(units.map((unit) => unit.booked)).toEqual([1, 1]);
  });

  it("the per-contact limit refuses without keeping the key", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 5 });
    const person = { name: "Limit Person", email: `limit-${Date.now()}@example.org` };
    for (const [i, time] of ["09:00", "10:00", "11:00"].entries())
      await bookSlot(bookingRequest(location.id, slotStart(10, time), i, { person }), { client: wide });
    const fourth = bookSlot(bookingRequest(location.id, slotStart(10, "12:00"), 4, { person }), {
      client: wide,
      idempotencyKey: "limit-key-1",
    });
    await expect(fourth).rejects.toMatchObject({ code: "too-many-appointments" });
    expect(await database.prisma.idempotencyRecord.count({ where: { key: "limit-key-1" } })).toBe(0);
    expect(await database.prisma.appointment.count({ where: { citizen: { email: person.email } } })).toBe(3);
  });
});
