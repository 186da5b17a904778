// A second production server of the e2e build, on an embedded PostgreSQL of its own, for what the
// shared e2e server cannot show: the real rate limits (test mode off) and its database going away.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { recreateDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { appRoleFor, urlAsRole } from "@/lib/db/roles";
import { freePort, startNextServer } from "../next-start";

export interface OwnPortal {
  baseUrl: string;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `next start` of the existing build with the settings a plain installation has (no TRUSTED_PROXY_HOPS). */
export async function startOwnPortal(name: string): Promise<OwnPortal> {
  const root = process.cwd();
  const databaseOptions = {
    dataDir: path.join(root, ".data", `pg-e2e-${name}-${process.env.E2E_PORT ?? 3100}`),
    port: await freePort(),
  };
  let database: EmbeddedServer | undefined = await startEmbeddedPostgres(databaseOptions);
  const url = await recreateDatabase(database.urlFor("postgres"), "zugang");
  const prepared = spawnSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    [path.join(root, "e2e", "edge", "prepare-database.ts")],
    { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
  );
  if (prepared.status !== 0) throw new Error(`preparing the database failed: ${prepared.stderr}`);

  const server = await startNextServer({
    databaseUrl: urlAsRole(url, appRoleFor(url)),
    env: { ZUGANG_TEST_MODE: "0" },
    unset: ["TRUSTED_PROXY_HOPS"],
  });

  return {
    baseUrl: server.baseUrl,
    stopDatabase: async () => {
      await database?.stop();
      database = undefined;
    },
    startDatabase: async () => {
      database ??= await startEmbeddedPostgres(databaseOptions);
    },
    stop: async () => {
      await server.stop();
      await database?.stop();
    },
  };
}
