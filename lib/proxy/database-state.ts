// Whether the database answers, as the proxy asks it before each page: checked at most once a second
// per process (concurrent requests share one check), so that while the database is down pages
// answer a calm 503 at once instead of each failing with a 500 after its own connection attempt.
import pg from "pg";
import { getEnv } from "@/lib/env";

const INTERVAL_MS = 1000;
const TIMEOUT_MS = 1000;

/** A cached view of `check`: asks it again only when the last answer is `intervalMs` old. */
export function cachedReachability(
  check: () => Promise<boolean>,
  options: { intervalMs?: number; now?: () => number } = {},
) {
  const intervalMs = options.intervalMs ?? INTERVAL_MS;
  const now = options.now ?? Date.now;
  let answer: { reachable: boolean; at: number } | undefined;
  let pending: Promise<boolean> | undefined;
  return function reachable(): Promise<boolean> {
    if (answer && now() - answer.at < intervalMs) return Promise.resolve(answer.reachable);
    pending ??= check()
      .catch(() => false)
      .then((result) => {
        answer = { reachable: result, at: now() };
        pending = undefined;
        return result;
      });
    return pending;
  };
}

const pools = new Map<string, pg.Pool>();

/** SELECT 1 on a connection of its own, kept open between checks; false on any failure or after a second. */
export async function pingDatabase(connectionString = getEnv().DATABASE_URL): Promise<boolean> {
  if (!connectionString) return false;
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool({
      connectionString,
      max: 1,
      connectionTimeoutMillis: TIMEOUT_MS,
      query_timeout: TIMEOUT_MS,
      idleTimeoutMillis: 60_000,
    });
    // A connection that breaks while idle (the database restarting) must not end the process.
    pool.on("error", () => undefined);
    pools.set(connectionString, pool);
  }
  try {
    await pool.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

export const databaseReachable = cachedReachability(() => pingDatabase());
