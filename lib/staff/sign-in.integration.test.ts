// Staff sign-in against a real PostgreSQL: lock after 5 failures per account and client address and
// 20 per address, a proof of work instead of a lock after 5 from anywhere,
// growing delays, the right password refused while locked, unlock by time and by an admin, one
// answer and one kind of audit entry for an unknown account and a wrong password, and about the
// same time for both.
import { createHash, randomBytes } from "node:crypto";
import { solveChallenge } from "altcha-lib/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newProofOfWorkChallenge } from "@/lib/booking";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { hashPassword } from "./passwords";
import { PAGE_SIZE } from "@/lib/list-query";
import { listSignInLocks, lockPageRequest, unlockSignIn } from "./sign-in-locks";
import { attemptSignIn, pairKey, SIGN_IN_RULES } from "./sign-in";

let database: TestDatabase;
const PASSWORD = "richtiges-passwort";
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase("sign_in", { reference: false });
  // The proof of work's single use is recorded through the app's client (lib/db.ts).
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  passwordHash = await hashPassword(PASSWORD);
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

const unique = () => randomBytes(4).toString("hex");

async function createStaff(role: StaffRole = "front_desk") {
  return database.prisma.staffUser.create({
    data: { email: `staff-${unique()}@zugang.example`, name: "Test", passwordHash, role },
  });
}

/** One client address per account tried, unless a test names another: the guesser at one computer. */
const addressFor = (email: string) => `10.0.${createHash("sha256").update(email).digest("hex").slice(0, 8)}`;
/** The lock row of an account tried from its usual address. */
const pairOf = (email: string) => pairKey(email, addressFor(email));

/** Signs in on the test database with a given clock; the delays are recorded instead of waited. */
function signIn(
  email: string,
  password: string,
  at: Date,
  options: { address?: string; sleeps?: number[]; proof?: string } = {},
) {
  const sleeps = options.sleeps ?? [];
  return attemptSignIn(
    { email, password, address: options.address ?? addressFor(email), proof: options.proof },
    { client: database.prisma, now: at, sleep: async (ms) => void sleeps.push(ms) },
  );
}

/** A solved challenge, as the sign-in page's browser sends it once an account has many failures. */
async function solvedProof(): Promise<string> {
  const challenge = await newProofOfWorkChallenge();
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber)
    .promise;
  return Buffer.from(JSON.stringify({ ...challenge, number: solution!.number })).toString("base64");
}

const minutes = (start: Date, count: number) => new Date(start.getTime() + count * 60_000);

async function auditEntries(action: string, entityId: string) {
  return database.prisma.auditLog.findMany({ where: { action, entityId }, orderBy: { createdAt: "asc" } });
}

describe("sign-in lock per account", () => {
  it("waits longer after each failure, locks after the fifth, and refuses even the right password while locked", async () => {
    const staff = await createStaff();
    const t0 = new Date("2026-12-01T09:00:00Z");
    const sleeps: number[] = [];
    for (let i = 0; i < SIGN_IN_RULES.account.lockAfter; i++)
      expect(await signIn(staff.email, `falsch-${i}`, minutes(t0, i), { sleeps })).toBeNull();
    expect(sleeps).toEqual([0, 500, 1000, 2000, 4000]);
    const [lock] = (await listSignInLocks({ client: database.prisma, now: minutes(t0, 5) })).rows;
    expect(lock).toMatchObject({
      scope: "account",
      key: pairOf(staff.email),
      hasAccount: true,
      lockedUntil: minutes(t0, 4 + 15),
    });

    expect(await signIn(staff.email, PASSWORD, minutes(t0, 6))).toBeNull();
    const failures = await auditEntries("sign-in.failed", staff.email);
    expect(failures.map((entry) => (entry.details as { reason: string }).reason)).toEqual([
      ...Array(5).fill("wrong-credentials"),
      "locked",
    ]);
    expect(failures.every((entry) => entry.staffUserId === null)).toBe(true);
    const locks = await auditEntries("sign-in.locked", `account:${pairOf(staff.email)}`);
    expect(locks).toHaveLength(1);
    expect(locks[0].details).toMatchObject({ scope: "account", key: pairOf(staff.email), failures: 5 });
  });

  it("unlocks 15 minutes after the lock; one more failure then locks again at once", async () => {
    const staff = await createStaff();
    const t0 = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < 5; i++) await signIn(staff.email, "falsch", t0);
    expect(await signIn(staff.email, PASSWORD, minutes(t0, 14.9))).toBeNull();
    expect(await signIn(staff.email, "falsch", minutes(t0, 15))).toBeNull();
    expect(await signIn(staff.email, PASSWORD, minutes(t0, 16))).toBeNull();
    // The lock is over; the failures from anywhere ask for a proof of work, which the browser gives.
    expect(await signIn(staff.email, PASSWORD, minutes(t0, 30), { proof: await solvedProof() })).toMatchObject({
      id: staff.id,
      role: "front_desk",
    });
    // The success reset the count: four new failures do not lock.
    for (let i = 0; i < 4; i++) await signIn(staff.email, "falsch", minutes(t0, 31));
    expect(await signIn(staff.email, PASSWORD, minutes(t0, 32))).toMatchObject({ id: staff.id });
    expect(await auditEntries("sign-in.locked", `account:${pairOf(staff.email)}`)).toHaveLength(2);
  });

  it("an admin's unlock lifts the lock at once and is recorded with the admin", async () => {
    const staff = await createStaff();
    const admin = await createStaff("admin");
    const t0 = new Date("2026-12-01T11:00:00Z");
    for (let i = 0; i < 5; i++) await signIn(staff.email, "falsch", t0);
    expect(await signIn(staff.email, PASSWORD, minutes(t0, 1))).toBeNull();
    expect(
      await unlockSignIn(
        admin.id,
        { scope: "account", key: pairOf(staff.email) },
        { client: database.prisma, now: minutes(t0, 2) },
      ),
    ).toBe("unlocked");
    expect(
      await unlockSignIn(
        admin.id,
        { scope: "account", key: pairOf(staff.email) },
        { client: database.prisma, now: minutes(t0, 2) },
      ),
    ).toBe("gone");
    expect(await unlockSignIn(admin.id, { scope: "person", key: "x\u0000" }, { client: database.prisma })).toBe(
      "invalid",
    );
    const [unlocked] = await auditEntries("sign-in.unlocked", `account:${pairOf(staff.email)}`);
    expect(unlocked).toMatchObject({ staffUserId: admin.id, details: { scope: "account", key: pairOf(staff.email) } });
    expect(await signIn(staff.email, PASSWORD, minutes(t0, 3), { proof: await solvedProof() })).toMatchObject({
      id: staff.id,
    });
  });

  it("20 parallel guesses: five are checked, the rest refused as locked", async () => {
    const staff = await createStaff();
    const now = new Date("2026-12-01T12:00:00Z");
    await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(staff.email, `falsch-${i}`, now)));
    const reasons = (await auditEntries("sign-in.failed", staff.email)).map(
      (entry) => (entry.details as { reason: string }).reason,
    );
    expect(reasons.filter((reason) => reason === "wrong-credentials")).toHaveLength(5);
    expect(reasons.filter((reason) => reason === "locked")).toHaveLength(15);
    expect(await signIn(staff.email, PASSWORD, now)).toBeNull();
  });
});

describe("unknown account and wrong password", () => {
  it("give the same answer, the same kind of audit entry, and lock alike", async () => {
    const staff = await createStaff();
    const unknown = `niemand-${unique()}@zugang.example`;
    const now = new Date("2026-12-01T13:00:00Z");
    expect(await signIn(unknown, "falsch", now)).toBeNull();
    expect(await signIn(staff.email, "falsch", now)).toBeNull();
    const [forUnknown] = await auditEntries("sign-in.failed", unknown);
    const [forStaff] = await auditEntries("sign-in.failed", staff.email);
    const shape = (entry: typeof forUnknown) => ({
      action: entry.action,
      entityType: entry.entityType,
      staffUserId: entry.staffUserId,
      reason: (entry.details as { reason: string }).reason,
      keys: Object.keys(entry.details as object).sort(),
    });
    expect(shape(forUnknown)).toEqual(shape(forStaff));
    expect(shape(forUnknown)).toMatchObject({
      action: "sign-in.failed",
      staffUserId: null,
      reason: "wrong-credentials",
    });
    for (let i = 0; i < 4; i++) await signIn(unknown, "falsch", now);
    const locks = (await listSignInLocks({ client: database.prisma, now })).rows;
    expect(locks.find((lock) => lock.key === pairOf(unknown))).toMatchObject({ scope: "account", hasAccount: false });
  });

  it("take about the same time (median difference under 30 %)", async () => {
    const staff = await createStaff();
    const rounds = 25;
    const timings = { unknown: [] as number[], wrong: [] as number[] };
    const timed = async (email: string) => {
      const start = performance.now();
      const result = await attemptSignIn(
        { email, password: "falsch", address: `10.1.${unique()}` },
        { client: database.prisma },
      );
      const elapsed = performance.now() - start;
      expect(result).toBeNull();
      return elapsed;
    };
    for (let i = 0; i < rounds; i++) {
      timings.unknown.push(await timed(`niemand-${unique()}@zugang.example`));
      timings.wrong.push(await timed(staff.email));
      // Fresh count for the next round, so that no delay and no lock enters the measurement.
      await database.prisma.signInThrottle.deleteMany({ where: { key: staff.email } });
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const [unknown, wrong] = [median(timings.unknown), median(timings.wrong)];
    const difference = Math.abs(unknown - wrong) / Math.max(unknown, wrong);
    console.log(
      `sign-in timing over ${rounds} rounds: median unknown account ${unknown.toFixed(1)} ms, wrong password ${wrong.toFixed(1)} ms, difference ${(difference * 100).toFixed(1)} %`,
    );
    expect(difference).toBeLessThan(0.3);
  });
});

describe("sign-in lock per client address", () => {
  it("locks an address after 20 failures over any accounts; other addresses still sign in", async () => {
    const staff = await createStaff();
    const address = `192.0.2.${unique()}`;
    const now = new Date("2026-12-01T14:00:00Z");
    const sleeps: number[] = [];
    for (let i = 0; i < SIGN_IN_RULES.address.lockAfter; i++)
      await signIn(`guess-${i}-${unique()}@zugang.example`, "falsch", now, { address, sleeps });
    expect(sleeps.slice(0, 10).every((ms) => ms === 0)).toBe(true);
    expect(sleeps.slice(10, 14)).toEqual([500, 1000, 2000, 4000]);
    const locks = (await listSignInLocks({ client: database.prisma, now })).rows;
    expect(locks.find((lock) => lock.key === address)).toMatchObject({
      scope: "address",
      hasAccount: null,
      lockedUntil: minutes(now, 15),
    });
    expect(await auditEntries("sign-in.locked", `address:${address}`)).toHaveLength(1);
    expect(await signIn(staff.email, PASSWORD, now, { address })).toBeNull();
    expect(await signIn(staff.email, PASSWORD, now, { address: "198.51.100.7" })).toMatchObject({ id: staff.id });
  });

  it("forgets an address's failures after 15 quiet minutes (an office makes typing mistakes all day)", async () => {
    const staff = await createStaff();
    const address = `192.0.2.${unique()}`;
    const now = new Date("2026-12-01T16:00:00Z");
    for (let i = 0; i < SIGN_IN_RULES.address.lockAfter - 1; i++)
      await signIn(`typo-${i}-${unique()}@zugang.example`, "falsch", now, { address });
    const later = minutes(now, SIGN_IN_RULES.address.forgetAfterMinutes + 1);
    expect(await signIn(`typo-last-${unique()}@zugang.example`, "falsch", later, { address })).toBeNull();
    expect(await signIn(staff.email, PASSWORD, later, { address })).toMatchObject({ id: staff.id });
    expect(await auditEntries("sign-in.locked", `address:${address}`)).toHaveLength(0);
  });

  it("a success does not wipe the address's count: successes between guesses do not help", async () => {
    const staff = await createStaff();
    const address = `192.0.2.${unique()}`;
    const now = new Date("2026-12-01T15:00:00Z");
    for (let i = 0; i < 19; i++) {
      await signIn(`guess-${i}-${unique()}@zugang.example`, "falsch", now, { address });
      if (i % 5 === 0) expect(await signIn(staff.email, PASSWORD, now, { address })).not.toBeNull();
    }
    expect(await signIn(`guess-last-${unique()}@zugang.example`, "falsch", now, { address })).toBeNull();
    expect(await signIn(staff.email, PASSWORD, now, { address })).toBeNull();
  });
});

describe("failures for one account from many addresses", () => {
  it("lock no address that has not failed; the right password from a sixth asks for a proof of work and signs in with one", async () => {
    {
      const staff = await createStaff();
      const now = new Date("2026-12-01T16:00:00Z");
      for (let i = 1; i <= SIGN_IN_RULES.anywhere.proofAfter; i++)
        expect(await signIn(staff.email, "falsch", now, { address: `203.0.113.${i}` })).toBeNull();
      expect((await listSignInLocks({ client: database.prisma, now })).rows).not.toContainEqual(
        expect.objectContaining({ key: expect.stringContaining(staff.email) }),
      );
      // Without the proof: refused, and the log says why.
      expect(await signIn(staff.email, PASSWORD, now, { address: "203.0.113.6" })).toBeNull();
      const [last] = (await auditEntries("sign-in.failed", staff.email)).slice(-1);
      expect((last.details as { reason: string }).reason).toBe("proof-missing");
      // With a solved challenge (as the sign-in page's browser solves it): in, and the counts are reset.
      const proof = await solvedProof();
      expect(await signIn(staff.email, PASSWORD, now, { address: "203.0.113.7", proof })).toMatchObject({
        id: staff.id,
      });
      // A proof counts once.
      for (let i = 1; i <= SIGN_IN_RULES.anywhere.proofAfter; i++)
        await signIn(staff.email, "falsch", now, { address: `198.51.100.${i}` });
      expect(await signIn(staff.email, PASSWORD, now, { address: "198.51.100.99", proof })).toBeNull();
    }
  });
});

describe("the admin's list of locks", () => {
  it("pages the locks in force by keyset, the newest first, with the total; no address in a link", async () => {
    const now = new Date("2031-03-01T10:00:00Z");
    const count = 2 * PAGE_SIZE + 5;
    await database.prisma.signInThrottle.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        scope: "address" as const,
        key: `2001:db8::${index.toString(16)}`,
        failures: 20,
        lastFailureAt: now,
        // Threes share their end: the digest decides between them.
        lockedUntil: new Date(now.getTime() + (1 + Math.floor(index / 3)) * 60_000),
      })),
    });
    const list = (page: Parameters<typeof lockPageRequest>[0]) =>
      listSignInLocks({ client: database.prisma, now, page: lockPageRequest(page) });
    const seen: string[] = [];
    let page = await list({});
    for (;;) {
      expect(page.total).toBe(count);
      seen.push(...page.rows.map((lock) => lock.key));
      if (!page.next) break;
      expect(page.next).toMatch(/^\d+_[0-9a-f]{32}$/);
      page = await list({ after: page.next });
    }
    expect(new Set(seen).size).toBe(count);
    const ends = (
      await Promise.all(seen.map((key) => database.prisma.signInThrottle.findFirstOrThrow({ where: { key } })))
    ).map((row) => row.lockedUntil!.getTime());
    expect(ends).toEqual([...ends].sort((a, b) => b - a));
    const back: string[] = [];
    page = await list({ end: "1" });
    for (;;) {
      back.unshift(...page.rows.map((lock) => lock.key));
      if (!page.previous) break;
      page = await list({ before: page.previous });
    }
    expect(back).toEqual(seen);
  });
});
