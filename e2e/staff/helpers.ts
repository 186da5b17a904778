// Helpers for the staff specs: signing in through the form, and test data written straight into
// the e2e database (a staff account of one's own, a queued message), read back for the audit log.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";
import { e2eDatabaseUrl } from "@/tests/e2e-database";
import { expectAccessible } from "../fixtures";

export async function query<Row extends object>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Fills in and sends the sign-in form (the page is on /staff/login); the status of the server's answer. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<number> {
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  const answer = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Anmelden" }).click();
  return (await answer).status();
}

export async function signIn(page: Page, email: string, password: string, target = "/staff"): Promise<void> {
  await page.goto(`/staff/login?callbackUrl=${encodeURIComponent(target)}`);
  await expectAccessible(page);
  const status = await submitSignIn(page, email, password);
  // The answer to the sign-in is a redirect the browser then follows: a check of "the page" before
  // that load has ended reads the sign-in page while it is being replaced.
  await page
    .waitForURL((url) => url.pathname !== "/staff/login", { waitUntil: "load" })
    .catch((error: unknown) => {
      throw new Error(`signing in as ${email} answered ${status} and stayed on the sign-in page`, { cause: error });
    });
}

/** A staff account only this test uses, so that locking it disturbs no other spec; it works at the locations given. */
export async function createStaffUser(
  role: "front_desk" | "caseworker" | "admin",
  password: string,
  locations: readonly string[] = [],
): Promise<string> {
  const email = `e2e-${randomBytes(4).toString("hex")}@zugang.example`;
  await query(
    "INSERT INTO staff_user (id, email, name, password_hash, role) VALUES (gen_random_uuid(), $1, 'Testkonto', $2, $3)",
    [email, await bcrypt.hash(password, 10), role],
  );
  if (locations.length > 0)
    await query(
      "INSERT INTO staff_location (staff_user_id, location_id) SELECT s.id, l::uuid FROM staff_user s, unnest($2::text[]) AS l WHERE s.email = $1",
      [email, [...locations]],
    );
  return email;
}

/** The locations of the demo data (the video appointments' virtual one included), for an account that works at all of them. */
export async function seededLocationIds(): Promise<string[]> {
  const rows = await query<{ id: string }>(
    "SELECT id::text FROM location WHERE slug IN ('mannheim-ifflandstrasse', 'demo-nord', 'demo-sued', 'video')",
  );
  return rows.map((row) => row.id);
}

export async function auditActions(entityId: string): Promise<string[]> {
  const rows = await query<{ action: string }>(
    "SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at",
    [entityId],
  );
  return rows.map((row) => row.action);
}
