// The hand-written migrations must build exactly what schema.prisma describes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDrift } from "@/lib/db/drift";
import { createTestDatabase, type TestDatabase } from "@/tests/database";

describe("migrations and schema.prisma", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("drift", { reference: false });
  });
  afterAll(() => database.drop());

  it("have no drift", async () => {
    expect(await findDrift(database.ownerUrl)).toEqual([]);
  });

  it("reports a missing column, index and unique constraint, and a wrong nullability", async () => {
    const client = new pg.Client({ connectionString: database.ownerUrl });
    await client.connect();
    try {
      await client.query(`ALTER TABLE "appointment" DROP COLUMN "note"`);
      await client.query(`DROP INDEX "appointment_location_id_starts_at_idx"`);
      await client.query(`DROP INDEX "staff_user_email_key"`);
      await client.query(`ALTER TABLE "journey" ALTER COLUMN "language" DROP NOT NULL`);
    } finally {
      await client.end();
    }
    const problems = await findDrift(database.ownerUrl);
    expect(problems).toContain("column appointment.note (Appointment.note) is missing");
    expect(problems).toContain("index on appointment(location_id, starts_at) is missing");
    expect(problems).toContain("unique on staff_user(email) is missing");
    expect(problems).toContain("column journey.language is nullable but Journey.language is required");
  });
});
