// The proxy's database check against real servers: the test server answers, a closed port does not.
import { createServer } from "node:net";
import { expect, it } from "vitest";
import { adminUrl } from "@/tests/database";
import { pingDatabase } from "./database-state";

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

it("answers true for a running PostgreSQL", async () => {
  expect(await pingDatabase(adminUrl())).toBe(true);
});

it("answers false, within a second or so, when nothing listens", async () => {
  const started = Date.now();
  expect(await pingDatabase(`postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`)).toBe(false);
  expect(Date.now() - started).toBeLessThan(2000);
});

it("answers false without a database configured", async () => {
  expect(await pingDatabase("")).toBe(false);
});
