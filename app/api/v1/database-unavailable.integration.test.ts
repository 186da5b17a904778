// The JSON API while its database is gone: a real PostgreSQL server of this test's own is stopped
// under the route handlers, which must then answer 503 with Retry-After (never a 500), and answer
// normally again once the server is back.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as recommend } from "@/app/api/v1/recommendations/route";
import { GET as requestTypes } from "@/app/api/v1/request-types/route";
import { handle } from "@/lib/api/http";
import { createPrismaClient } from "@/lib/db";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrations";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/prisma/seed/reference";

const PORT = 54372;
const DATABASE = "zugang_unavailable";
const base = "http://portal.test/api/v1";

let dataDir: string;
let server: EmbeddedServer;
let prisma: PrismaClient;

async function startServer() {
  server = await startEmbeddedPostgres({ dataDir, port: PORT });
}

beforeAll(async () => {
  // Under the system's temporary folder: PostgreSQL runs as its own user and must reach the folder.
  const folder = await mkdtemp(path.join(os.tmpdir(), "zugang-unavailable-"));
  await chmod(folder, 0o755);
  dataDir = path.join(folder, "pg");
  await startServer();
  await server.ensureDatabase(DATABASE);
  await migrate(server.urlFor(DATABASE));
  prisma = createPrismaClient(server.urlFor(DATABASE));
  await seedReferenceData(prisma);
  // The app's lazily created client (lib/db.ts) runs on this server for the whole file.
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = prisma;
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await prisma?.$disconnect().catch(() => undefined);
  await server?.stop().catch(() => undefined);
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

const listTypes = () => requestTypes(new Request(`${base}/request-types?locale=en`));
const recommendation = () =>
  recommend(
    new Request(`${base}/recommendations?locale=en`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ requestType: "job-counselling", preference: "personal" }),
    }),
  );

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await response.json()).toMatchObject({ error: "unavailable" });
}

describe("the API while the database is unreachable", () => {
  it("answers 503 with Retry-After when the server stops under open connections, and recovers", async () => {
    // Up: the pool holds open connections to the server.
    expect((await listTypes()).status).toBe(200);
    expect((await recommendation()).status).toBe(200);

    // The server shuts down: it ends the pooled connections, and new ones are refused.
    await server.stop();
    await expectUnavailable(await listTypes());
    await expectUnavailable(await recommendation());
    // Bad input is still answered as such: validation needs no database.
    expect((await recommend(new Request(`${base}/recommendations`, { method: "POST", body: "{" }))).status).toBe(422);

    await startServer();
    expect((await listTypes()).status).toBe(200);
  });

  it("answers 503 for a connection the server ends in the middle of a query", async () => {
    const slow = prisma.$queryRaw`SELECT pg_sleep(10)::text`.catch((error: unknown) => error);
    // Wait until the query runs, then end every other connection to the database, as a restart does.
    const admin = createPrismaClient(server.urlFor("postgres"));
    try {
      await expect
        .poll(
          async () =>
            (
              await admin.$queryRaw<
                { n: number }[]
              >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(10)%'`
            )[0].n,
        )
        .toBe(1);
      await admin.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${DATABASE} AND pid <> pg_backend_pid()`;
    } finally {
      await admin.$disconnect();
    }
    await expectUnavailable(
      await handle(async (): Promise<Response> => {
        throw await slow;
      })(),
    );
  });
});
