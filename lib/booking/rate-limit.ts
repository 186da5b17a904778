// Fixed-window rate limits in PostgreSQL (rate_limit_counter), so that every app process counts
// against the same numbers. One upsert per limit; over the limit → RateLimitedError (429).
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface Limit {
  key: string;
  limit: number;
  windowSeconds: number;
}

export async function consumeLimits(limits: Limit[], options: { client?: PrismaClient; now?: Date } = {}): Promise<void> {
  const client = options.client ?? db;
  const now = options.now ?? new Date();
  for (const { key, limit, windowSeconds } of limits) {
    const windowMs = windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const [{ count }] = await client.$queryRaw<{ count: number }[]>`
      INSERT INTO rate_limit_counter (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counter.count + 1
      RETURNING count`;
    if (count > limit) {
      throw new RateLimitedError(Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)));
    }
  }
  // Old windows are of no use: tidy up now and then (about one call in a hundred).
  if (Math.random() < 0.01) await client.$executeRaw`DELETE FROM rate_limit_counter WHERE window_start < ${new Date(now.getTime() - 86_400_000)}`;
}

export type LimitedAction = "search" | "book";

/** Whether the request carries one of the configured API keys of a trusted channel. */
export function isTrustedClient(headers: Headers): boolean {
  const key = headers.get("x-api-key");
  const keys = (getEnv().API_KEYS ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return key !== null && keys.includes(key);
}

/** The client address as the reverse proxy in front of the portal reports it. */
/**
 * The client's address for rate limits: the X-Forwarded-For entry that the outermost trusted proxy
 * appended (Next.js itself fills the header with the socket's address when none came in). The
 * leftmost entries are the client's own words: trusting them would let a bot take a fresh limit
 * with every request. X-Real-IP is not read for the same reason.
 */
export function clientIp(headers: Headers): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries[entries.length - getEnv().TRUSTED_PROXY_HOPS] ?? entries[0] ?? "unknown";
}

/**
 * The limits of one action: per IP (higher for trusted API keys) and, for booking, per contact.
 * In test mode (ZUGANG_TEST_MODE=1) they are a thousand times higher, so that concurrency tests
 * measure the booking and not the limiter.
 */
export function limitsFor(action: LimitedAction, who: { ip: string; trusted: boolean; contacts?: string[] }): Limit[] {
  const factor = getEnv().ZUGANG_TEST_MODE === "1" ? 1000 : 1;
  const client = who.trusted ? `key:${who.ip}` : `ip:${who.ip}`;
  if (action === "search") {
    return [{ key: `search:${client}`, limit: (who.trusted ? 2000 : 120) * factor, windowSeconds: 60 }];
  }
  return [
    { key: `book:${client}`, limit: (who.trusted ? 500 : 10) * factor, windowSeconds: 600 },
    ...(who.contacts ?? []).map((contact) => ({ key: `book:contact:${contact}`, limit: 5 * factor, windowSeconds: 3600 })),
  ];
}
