// The proxy's database check against real servers: the test server answers, a closed port does not.
import { expect, it } from "vitest";
import { adminUrl } from "@/tests/database";
import { pingDatabase } from "./database-state";

it("answers true for a running PostgreSQL", async () => {
  expect(await pingDatabase(adminUrl())).toBe(true);
});

it("answers false, within a second or so, when nothing listens", async () => {
  const started = Date.now();
  // Port 1 (tcpmux) has no server on any ordinary machine: the connection is refused at once.
  expect(await pingDatabase("postgresql://postgres@127.0.0.1:1/postgres")).toBe(false);
  expect(Date.now() - started).toBeLessThan(2000);
});

it("answers false without a database configured", async () => {
  expect(await pingDatabase("")).toBe(false);
});
