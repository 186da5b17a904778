// Starts the app for the end-to-end tests: a fresh database (on DATABASE_URL's server, else an
// embedded one) with migrations and demo data, a production build, then the app process of
// scripts/serve.ts (as in production).
// With --build-only it makes the build and ends: npm test (scripts/test.mjs) builds while the
// layers before the end-to-end tests run, and then starts the tests with E2E_SKIP_BUILD=1. Every
// route is dynamic, so the build needs no database.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { recreateDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { seed } from "@/prisma/seed";
import { assertLocalDatabase } from "@/tests/assert-local-database";
import { E2E_API_KEY, e2eAdminUrl, e2eDatabaseName, e2eEmbeddedPort, e2ePort } from "@/tests/e2e-database";
import { nextBin, serveArgs } from "./next-server";

const root = process.cwd();
const port = e2ePort();

/** The production build the tests run against, without the type check (npm test's first layer runs tsc over everything). */
function build(env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [nextBin(root), "build"], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", ZUGANG_BUILD_SKIP_TYPECHECK: "1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed");
}

async function main() {
  if (process.argv.includes("--build-only")) return build(process.env);
  let embedded: EmbeddedServer | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, ".data", "pg-e2e"),
      port: e2eEmbeddedPort(),
      throwaway: true,
    });
  }
  const adminUrl = e2eAdminUrl();
  assertLocalDatabase(adminUrl);
  const ownerUrl = await recreateDatabase(adminUrl, e2eDatabaseName());
  // The portal connects as the app's role, as in production: the suite runs under its grants.
  const { appUrl: databaseUrl } = await prepareDatabase(ownerUrl, { seed: (prisma) => seed(prisma, { demo: true }) });

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ZUGANG_TEST_MODE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    // The ticket kiosk's key (e2e/staff/queue.spec.ts), beside any the environment names.
    API_KEYS: [process.env.API_KEYS, E2E_API_KEY].filter(Boolean).join(","),
  };
  if (process.env.E2E_SKIP_BUILD !== "1") build(env);
  const server = spawn(process.execPath, serveArgs(root), {
    cwd: root,
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: "inherit",
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // The app process finishes its requests and ends its event streams while the database is still there.
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8_000))]);
    }
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  server.on("exit", () => void stop());
}

main().catch(async (error: Error) => {
  console.error(`e2e server: ${error.message}`);
  process.exit(1);
});
