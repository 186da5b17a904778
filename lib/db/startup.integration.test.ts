// Bad start-up conditions end in one clear line on stderr and exit code 1, never a stack trace.
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createEmptyDatabase } from "@/tests/database";

const run = promisify(execFile);
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function start(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  try {
    await run(tsx, ["scripts/start.ts"], { env: { ...clean, PORT: "3999", ...env }, timeout: 60_000 });
    return { code: 0, stderr: "" };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

function expectOneClearLine(result: { code: number; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^zugang: /);
  expect(lines[0]).toMatch(pattern);
}

describe("npm start refuses bad conditions with one clear line", () => {
  it("when the port is in use", async () => {
    const blocker = net.createServer().listen(3998);
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    expectOneClearLine(await start({ PORT: "3998" }), /port 3998 is in use/);
  });

  it("when DATABASE_URL cannot be reached", async () => {
    const result = await start({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere",
      NEXTAUTH_SECRET: "x".repeat(32),
    });
    expectOneClearLine(result, /cannot reach the database at 127\.0\.0\.1:1\/nowhere \(ECONNREFUSED\)/);
  });

  it("when the database named in DATABASE_URL does not exist", async () => {
    const url = new URL(inject("adminUrl"));
    url.pathname = "/zugang_no_such_database";
    const result = await start({ DATABASE_URL: url.toString(), NEXTAUTH_SECRET: "x".repeat(32) });
    expectOneClearLine(
      result,
      /zugang_no_such_database \(the database does not exist on that server: create it first\)/,
    );
  });

  it("when a migration fails", async () => {
    const database = await createEmptyDatabase("start_fail");
    cleanups.push(database.drop);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`CREATE TABLE "citizen" ("id" INTEGER)`);
    await client.end();
    const result = await start({ DATABASE_URL: database.url, NEXTAUTH_SECRET: "x".repeat(32) });
    expectOneClearLine(result, /migration 20261125150000_init failed: relation "citizen" already exists/);
  });

  it("when the database user cannot reach the data folder", async () => {
    const locked = await mkdtemp(path.join(os.tmpdir(), "zugang-locked-"));
    cleanups.push(() => rm(locked, { recursive: true, force: true }));
    // Root ignores permissions, but the database runs as the unprivileged "postgres" user, which
    // cannot pass a 0700 folder; any other user cannot create a folder in a read-only one.
    await chmod(locked, process.getuid?.() === 0 ? 0o700 : 0o500);
    const result = await start({ ZUGANG_DATA_DIR: path.join(locked, "data") });
    expectOneClearLine(result, /database folder .* (cannot be reached by the database user|cannot create)/);
  });
});
