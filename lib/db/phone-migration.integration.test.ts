// Migration 20261207410000_phone_e164: stored numbers in the common German spellings become E.164,
// international ones keep their country, and those it cannot read are kept and listed, never dropped.
import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate, readMigrations } from "@/lib/db/migrations";
import { toE164 } from "@/lib/phone";
import { createEmptyDatabase } from "@/tests/database";

const MIGRATION = "20261207410000_phone_e164";

/** What was stored before the migration, and what it should be after (null: kept and listed). */
const STORED: [string, string | null][] = [
  ["06214567890", "+496214567890"],
  ["0621 5550101", "+496215550101"],
  ["0621/555 01 01", "+496215550101"],
  ["(0621) 555-01-01", "+496215550101"],
  ["+49 621 555 0101", "+496215550101"],
  ["+49 (0)621 5550101", "+496215550101"],
  ["0049 621 5550101", "+496215550101"],
  ["0049621.5550101", "+496215550101"],
  ["+496215550101", "+496215550101"],
  ["0171 2345678", "+491712345678"],
  ["+90 212 555 01 01", "+902125550101"],
  ["0090 212 5550101", "+902125550101"],
  ["bitte abends", null],
  ["12ab", null],
  ["0621", null],
];

let database: { url: string; drop(): Promise<void> };
let before: string;
const ids = new Map<string, string>();

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createEmptyDatabase("phone_e164");
  // Every migration before this one, then the numbers as they were stored, then this migration.
  before = await mkdtemp(path.join(os.tmpdir(), "zugang-phone-"));
  for (const file of await readMigrations(defaultMigrationsDir))
    if (file.name < MIGRATION)
      await cp(path.join(defaultMigrationsDir, file.name), path.join(before, file.name), { recursive: true });
  await migrate(database.url, before);
  for (const [phone] of STORED) {
    const id = randomUUID();
    ids.set(phone, id);
    await query(`INSERT INTO citizen (id, name, phone, updated_at) VALUES ($1, $2, $3, now())`, [id, "Person", phone]);
  }
  const result = await migrate(database.url);
  expect(result.applied).toContain(MIGRATION);
});

afterAll(async () => {
  await rm(before, { recursive: true, force: true });
  await database.drop();
});

describe("the phone migration", () => {
  it("stores the common German spellings as E.164, as the app's parser does", async () => {
    const rows = await query<{ id: string; phone: string }>(`SELECT id::text, phone FROM citizen`);
    const after = new Map(rows.map((row) => [row.id, row.phone]));
    expect(after.get(ids.get("06214567890")!)).toBe("+496214567890");
    for (const [stored, expected] of STORED) {
      if (expected === null) continue;
      expect(after.get(ids.get(stored)!), stored).toBe(expected);
      // SQL and the app agree, so a number stored before and one typed now are the same value.
      expect(toE164(stored), stored).toBe(expected);
    }
  });

  it("keeps the numbers it cannot read in their rows and lists each of them", async () => {
    const unreadable = STORED.filter(([, expected]) => expected === null).map(([stored]) => stored);
    const listed = await query<{ table_name: string; row_id: string; value: string }>(
      `SELECT table_name, row_id::text, value FROM phone_numbers_unreadable ORDER BY value`,
    );
    expect(listed).toEqual(
      unreadable.sort().map((value) => ({ table_name: "citizen", row_id: ids.get(value), value })),
    );
    for (const value of unreadable) {
      const [row] = await query<{ phone: string }>(`SELECT phone FROM citizen WHERE id = $1`, [ids.get(value)]);
      expect(row.phone).toBe(value);
    }
  });
});
