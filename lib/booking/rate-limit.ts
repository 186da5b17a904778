// Fixed-window rate limits in PostgreSQL (rate_limit_counter), so that every app process counts
// against the same numbers. One upsert per limit; over the limit → RateLimitedError (429).
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";

export interface Limit {
  key: string;
  limit: number;
  windowSeconds: number;
}

export async function consumeLimits(
  limits: Limit[],
  options: { client?: PrismaClient; now?: Date } = {},
): Promise<void> {
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
  if (Math.random() < 0.01)
    await client.$executeRaw`DELETE FROM rate_limit_counter WHERE window_start < ${new Date(now.getTime() - 86_400_000)}`;
}

export type LimitedAction = "search" | "book";

/** Whether the request carries one of the configured API keys of a trusted channel. */
export function isTrustedClient(headers: Headers): boolean {
  const key = headers.get("x-api-key");
  const keys = (getEnv().API_KEYS ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return key !== null && keys.includes(key);
}

/** The address every client counts under when no reverse proxy is trusted (TRUSTED_PROXY_HOPS=0). */
export const SHARED_CLIENT_ADDRESS = "direct";

/**
 * The client address in an X-Forwarded-For value, given how many trusted reverse proxies each
 * appended one entry: the entry the outermost of them wrote (the `hops`-th from the right). Entries
 * further left are the client's own words. With no trusted proxy nothing in the header can be
 * believed: `next start` fills it with the socket's address only when the request has none, and
 * passes a client's own value on unchanged, so the two cannot be told apart (docs/anti-bot.md).
 */
export function forwardedClientAddress(forwardedFor: string | null, hops: number): string {
  if (hops === 0) return SHARED_CLIENT_ADDRESS;
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped the outer ones; the leftmost is still a proxy's.
  return entries[Math.max(0, entries.length - hops)] ?? "unknown";
}

let warnedShared = false;

/** The client's address for rate limits (X-Real-IP is not read: any client can send it). */
export function clientIp(headers: Headers): string {
  const { TRUSTED_PROXY_HOPS: hops, NODE_ENV } = getEnv();
  if (hops === 0 && NODE_ENV === "production" && !warnedShared) {
    warnedShared = true;
    log().warn(
      "TRUSTED_PROXY_HOPS is 0, so all clients share one rate limit; behind a reverse proxy set it to the number of proxies",
    );
  }
  return forwardedClientAddress(headers.get("x-forwarded-for"), hops);
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
    ...(who.contacts ?? []).map((contact) => ({
      key: `book:contact:${contact}`,
      limit: 5 * factor,
      windowSeconds: 3600,
    })),
  ];
}
