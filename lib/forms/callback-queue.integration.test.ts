// The callback queue against a real PostgreSQL: a callback filed by a person lands in the queue with
// its window, is claimed by one staff member only, is not reached twice (back later each time, the
// person told by SMS in their language), given up after the last try, or turned into an appointment;
// every step is on the status history and the person's timeline.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPersonView } from "@/lib/people";
import { decodeCursor } from "@/lib/list-query";
import { addDays, berlinDate, berlinToUtc, isoWeekday } from "@/lib/time";
import {
  CALLBACK_MAX_TRIES,
  claimCallback,
  dueCallbackCount,
  listCallbacks,
  recordCallbackOutcome,
} from "./callback-queue";
import { submitDirect } from "./submit-direct";
import { setUpFormsTest, type FormsTestEnvironment } from "./test-setup";

let env: FormsTestEnvironment;
let staffA: string;
let staffB: string;

/** The next working day: callbacks are asked for on weekdays. */
function nextWorkday(): string {
  let day = addDays(berlinDate(new Date()), 1);
  while (isoWeekday(day) > 5) day = addDays(day, 1);
  return day;
}

async function fileCallback(name: string, callbackWindow = "08-10"): Promise<string> {
  const { reference } = await submitDirect(
    {
      formKey: "callback",
      data: {
        callbackPhone: "+49 170 5550001",
        callbackDate: nextWorkday(),
        callbackWindow,
        callbackLanguage: "tr",
        fullName: name,
        requestType: "change-report",
      },
      files: [],
      idempotencyKey: `callback-${randomUUID()}`,
    },
    "http://portal.test",
    env.storage,
  );
  return (await env.database.prisma.formSubmission.findUniqueOrThrow({ where: { reference } })).id;
}

const tx = <T>(
  fn: Parameters<typeof env.database.prisma.$transaction>[0] extends (tx: infer X) => Promise<unknown>
    ? (client: X) => Promise<T>
    : never,
) => env.database.prisma.$transaction(fn);

beforeAll(async () => {
  env = await setUpFormsTest("callbacks");
  const make = (name: string) =>
    env.database.prisma.staffUser.create({
      data: { email: `${randomUUID()}@example.org`, name, passwordHash: "x", role: "front_desk" },
    });
  staffA = (await make("Frau A")).id;
  staffB = (await make("Herr B")).id;
});
afterAll(async () => env?.close());

describe("the callback queue", () => {
  it("counts a callback as due for the header from the start of its window, or from its filing without a readable one", async () => {
    const count = (at: Date) => dueCallbackCount(at, env.database.prisma);
    await fileCallback("Leyla Demir", "14-16");
    const day = nextWorkday();
    const before = await count(berlinToUtc(day, "13:59"));
    expect(await count(berlinToUtc(day, "14:00"))).toBe(before + 1);
    // An answer without a day the queue can read counts from when it was filed.
    await env.database.prisma.formSubmission.create({
      data: {
        reference: `F-${randomUUID().slice(0, 8)}`,
        formKey: "callback",
        answers: { callbackDate: "2000-02-31x", callbackWindow: "08-10" },
        statusTokenHash: randomUUID(),
        idempotencyKey: randomUUID(),
        createdAt: new Date("2000-01-01T12:00:00Z"),
      },
    });
    expect(await count(new Date("2000-01-01T12:01:00Z"))).toBe((await count(new Date("2000-01-01T11:59:00Z"))) + 1);
  });

  it("lists a filed callback with its window, its person, and overdue once the window has passed", async () => {
    const id = await fileCallback("Murat Kaya");
    const [queued] = (await listCallbacks(new Date(), {}, env.database.prisma)).rows.filter(
      (callback) => callback.id === id,
    );
    expect(queued).toMatchObject({
      name: "Murat Kaya",
      phone: "+491705550001",
      language: "tr",
      requestType: "change-report",
      tries: 0,
      claimedBy: null,
      overdue: false,
    });
    expect(queued.citizenId).not.toBeNull();
    expect(queued.dueUntil.getTime() - queued.dueFrom.getTime()).toBe(2 * 3_600_000);
    const later = new Date(queued.dueUntil.getTime() + 60_000);
    expect(
      (await listCallbacks(later, {}, env.database.prisma)).rows.find((callback) => callback.id === id)?.overdue,
    ).toBe(true);
  });

  it("is claimed by one staff member; only they record the outcome", async () => {
    const id = await fileCallback("Selin Aydın");
    expect((await tx((client) => claimCallback(client, id, staffA))).outcome).toBe("claimed");
    expect((await tx((client) => claimCallback(client, id, staffB))).outcome).toBe("taken");
    expect((await tx((client) => claimCallback(client, id, staffA))).outcome).toBe("already-yours");
    expect(
      await tx((client) =>
        recordCallbackOutcome(client, { id, staffId: staffB, result: "reached", note: null }, new Date()),
      ),
    ).toEqual({ outcome: "not-yours" });
    expect((await env.database.prisma.formSubmission.findUniqueOrThrow({ where: { id } })).status).toBe("in_review");
    expect(await tx((client) => claimCallback(client, randomUUID(), staffA))).toMatchObject({ outcome: "unknown" });
  });

  it("filters by status, request type, who took it and the day asked for, with the total of what matches", async () => {
    const id = await fileCallback("Aylin Koç");
    await tx((client) => claimCallback(client, id, staffB));
    const list = (filter: Parameters<typeof listCallbacks>[3], viewer = staffB) =>
      listCallbacks(new Date(), {}, env.database.prisma, filter, viewer);
    const all = await list({});
    const mine = await list({ claimed: "me" });
    expect(mine.rows.map((row) => row.id)).toEqual([id]);
    expect(mine.total).toBe(1);
    expect((await list({ status: "in_review" })).rows.map((row) => row.id)).toContain(id);
    expect((await list({ status: "received" })).rows.map((row) => row.id)).not.toContain(id);
    expect((await list({ claimed: "none" })).total).toBe(all.total - (await list({ status: "in_review" })).total);
    expect((await list({ requestType: "change-report" })).total).toBe(
      all.rows.filter((row) => row.requestType === "change-report").length,
    );
    expect((await list({ requestType: "job-counselling" })).total).toBe(0);
    expect((await list({ day: nextWorkday(), claimed: "me" })).rows.map((row) => row.id)).toEqual([id]);
    expect((await list({ day: "2000-01-01" })).total).toBe(0);
  });

  it("claimed by two staff members at once: the row's lock lets one claim win, the other sees it taken", async () => {
    const id = await fileCallback("Deniz Şahin");
    const prisma = env.database.prisma;
    let firstMayCommit!: () => void;
    const held = new Promise<void>((resolve) => (firstMayCommit = resolve));
    let firstClaimed!: () => void;
    const claimedFirst = new Promise<void>((resolve) => (firstClaimed = resolve));
    // Staff member A claims and keeps the transaction open; B claims the same callback meanwhile.
    const first = prisma.$transaction(
      async (client) => {
        const claim = await claimCallback(client, id, staffA);
        firstClaimed();
        await held;
        return claim;
      },
      { timeout: 30_000 },
    );
    await claimedFirst;
    const second = prisma.$transaction((client) => claimCallback(client, id, staffB), { timeout: 30_000 });
    // B is under way once its transaction waits for A's lock on the row: only then may A commit.
    const waiting = async () =>
      (
        await prisma.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
           WHERE NOT l.granted AND a.datname = current_database()`
      )[0].waiting;
    const deadline = Date.now() + 20_000;
    while ((await waiting()) === 0 && Date.now() < deadline);
    expect(await waiting()).toBeGreaterThan(0);
    firstMayCommit();
    const outcomes = [(await first).outcome, (await second).outcome];
    expect(outcomes).toEqual(["claimed", "taken"]);
    const row = await prisma.formSubmission.findUniqueOrThrow({ where: { id } });
    expect(row.callbackClaimedById).toBe(staffA);
    expect(await prisma.callbackAttempt.count({ where: { submissionId: id, outcome: "claimed" } })).toBe(1);
  });

  it("not reached comes back later and tells the person in their language; the last try gives up and says so", async () => {
    const id = await fileCallback("Emre Çelik");
    const now = new Date();
    for (let attempt = 1; attempt < CALLBACK_MAX_TRIES; attempt++) {
      await tx((client) => claimCallback(client, id, staffA));
      const recorded = await tx((client) =>
        recordCallbackOutcome(client, { id, staffId: staffA, result: "not-reached", note: "Mailbox" }, now),
      );
      expect(recorded).toMatchObject({ outcome: "not_reached", tries: attempt });
      const queued = (await listCallbacks(now, {}, env.database.prisma)).rows.find((callback) => callback.id === id);
      expect(queued).toMatchObject({ tries: attempt, claimedBy: null });
      expect(queued!.dueFrom.getTime()).toBe(now.getTime() + 2 * 3_600_000);
    }
    await tx((client) => claimCallback(client, id, staffA));
    expect(
      await tx((client) =>
        recordCallbackOutcome(client, { id, staffId: staffA, result: "not-reached", note: null }, now),
      ),
    ).toMatchObject({ outcome: "gave_up", tries: CALLBACK_MAX_TRIES });
    expect((await listCallbacks(now, {}, env.database.prisma)).rows.some((callback) => callback.id === id)).toBe(false);
    const messages = await env.database.prisma.notificationOutbox.findMany({
      where: { submissionId: id, kind: "callback" },
      orderBy: { createdAt: "asc" },
    });
    expect(messages.map((message) => [message.transport, message.recipient])).toEqual(
      Array(CALLBACK_MAX_TRIES).fill(["sms", "+491705550001"]),
    );
    expect(messages[0].subject).toContain("Size ulaşamadık");
    expect(messages.at(-1)!.body).toContain(`${CALLBACK_MAX_TRIES} kez`);
    const history = await env.database.prisma.submissionStatusChange.findMany({
      where: { submissionId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((change) => change.toStatus)).toEqual(["received", "in_review", "done"]);
  });

  it("turned into an appointment: done, with the person and request type for the booking; the timeline shows every step", async () => {
    const id = await fileCallback("Leyla Arslan");
    await tx((client) => claimCallback(client, id, staffB));
    await tx((client) =>
      recordCallbackOutcome(client, { id, staffId: staffB, result: "not-reached", note: null }, new Date()),
    );
    await tx((client) => claimCallback(client, id, staffB));
    const recorded = await tx((client) =>
      recordCallbackOutcome(
        client,
        { id, staffId: staffB, result: "appointment", note: "Termin vor Ort gewünscht" },
        new Date(),
      ),
    );
    expect(recorded).toMatchObject({ outcome: "appointment", requestType: "change-report" });
    expect(
      await tx((client) =>
        recordCallbackOutcome(client, { id, staffId: staffB, result: "reached", note: null }, new Date()),
      ),
    ).toEqual({ outcome: "closed" });
    const citizenId = "citizenId" in recorded ? recorded.citizenId : null;
    const view = await loadPersonView(citizenId!, env.database.prisma);
    const steps = view!.timeline
      .filter((entry) => entry.kind === "callback_step")
      .map((entry) => (entry.kind === "callback_step" ? entry.outcome : ""));
    expect(steps.sort()).toEqual(["appointment", "claimed", "claimed", "not_reached"]);
    expect(view!.timeline.some((entry) => entry.kind === "callback")).toBe(true);
  });

  it("counts for the header the open callbacks whose window has begun or whose retry is due, as the queue shows them", async () => {
    const prisma = env.database.prisma;
    const waiting = await fileCallback("Olena Kovalenko");
    const retried = await fileCallback("Ion Popa");
    const finished = await fileCallback("Petra Lange");
    const unreadable = await fileCallback("Dragan Nikolić");
    await prisma.formSubmission.update({
      where: { id: retried },
      data: { callbackDueAt: new Date(Date.now() + 3 * 3_600_000) },
    });
    await prisma.formSubmission.update({ where: { id: finished }, data: { status: "done" } });
    // An answer that is not a window: due from the time it was asked.
    await prisma.$executeRaw`UPDATE form_submission SET answers = answers || '{"callbackWindow": "7-9"}'::jsonb WHERE id = ${unreadable}::uuid`;
    const open: { id: string; dueFrom: Date }[] = [];
    for (let page = await listCallbacks(new Date(), {}, prisma); ;) {
      open.push(...page.rows);
      if (!page.next) break;
      page = await listCallbacks(new Date(), { after: decodeCursor(page.next) }, prisma);
    }
    expect(open.map((row) => row.id)).not.toContain(finished);
    const [window] = open.filter((row) => row.id === waiting);
    // Around each moment that matters: a minute before and after the window's start and the retry.
    const moments = [window.dueFrom, open.find((row) => row.id === retried)!.dueFrom, new Date()].flatMap((at) => [
      new Date(at.getTime() - 60_000),
      at,
      new Date(at.getTime() + 60_000),
    ]);
    const counts = [];
    for (const now of moments) {
      const expected = open.filter((row) => row.dueFrom.getTime() <= now.getTime()).length;
      counts.push(expected);
      expect(await dueCallbackCount(now, prisma), now.toISOString()).toBe(expected);
    }
    // The moments tell the rows apart: the window's start and the retry each add to the count.
    expect(counts[1]).toBeGreaterThan(counts[0]);
    expect(counts[4]).toBeGreaterThan(counts[3]);
    expect(counts[7]).toBeGreaterThan(0);
  });
});
