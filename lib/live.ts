// Staff screens that stay current: one LISTEN connection per app process on channel zugang_live
// (the trigger staff_live_changed() announces "<topic>:<location id>" at each commit), fanned out in
// memory to every staff screen this process serves — never a database connection per browser.
// After a dropped connection it connects again and tells every screen to read anew ("reconnected").
import pg from "pg";
import { getEnv } from "@/lib/env";

export const LIVE_CHANNEL = "zugang_live";

/** What changed: a location's queue, a location's day (appointments' statuses), or submissions (inbox, callbacks). */
export type LiveTopic = "queue" | "day" | "submissions" | "reconnected";

export interface LiveChange {
  topic: LiveTopic;
  /** the location whose queue or day changed; null for submissions and a reconnect */
  locationId: string | null;
}

type Subscriber = (change: LiveChange) => void;

interface Hub {
  subscribers: Set<Subscriber>;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  connectionString: string | null;
}

// On globalThis: the server may load this module more than once, and there must be one connection.
const globalHub = globalThis as unknown as { zugangLiveHub?: Hub };
const hub: Hub = (globalHub.zugangLiveHub ??= {
  subscribers: new Set(),
  client: null,
  connecting: null,
  connectionString: null,
});

const TOPICS = new Set<LiveTopic>(["queue", "day", "submissions"]);

/** "queue:3f…" → { topic: "queue", locationId: "3f…" }; anything else is not ours and ignored. */
export function parseLiveChange(payload: string): LiveChange | null {
  const colon = payload.indexOf(":");
  if (colon < 0) return null;
  const topic = payload.slice(0, colon) as LiveTopic;
  if (!TOPICS.has(topic)) return null;
  const locationId = payload.slice(colon + 1);
  return { topic, locationId: locationId === "" ? null : locationId };
}

function tellEveryone(change: LiveChange): void {
  for (const subscriber of hub.subscribers) subscriber(change);
}

function connect(): Promise<void> {
  if (hub.client) return Promise.resolve();
  hub.connecting ??= (async () => {
    const connectionString = hub.connectionString ?? getEnv().DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const client = new pg.Client({ connectionString, keepAlive: true, application_name: "zugang-live" });
    const lost = () => {
      if (hub.client !== client) return;
      hub.client = null;
      client.end().catch(() => undefined);
      if (hub.subscribers.size > 0) setTimeout(() => void reconnect(), 1000);
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      const change = parseLiveChange(message.payload);
      if (change) tellEveryone(change);
    });
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    hub.client = client;
  })().finally(() => {
    hub.connecting = null;
  });
  return hub.connecting;
}

async function reconnect(): Promise<void> {
  try {
    await connect();
    // Changes while the connection was away were missed: every screen reads anew.
    tellEveryone({ topic: "reconnected", locationId: null });
  } catch {
    if (hub.subscribers.size > 0) setTimeout(() => void reconnect(), 2000);
  }
}

/**
 * Calls `subscriber` with every change announced in any app process, from the moment this resolves
 * (the LISTEN is in place then). Returns the unsubscribe function; the last one closes the connection.
 */
export async function subscribeToLiveChanges(subscriber: Subscriber): Promise<() => void> {
  hub.subscribers.add(subscriber);
  try {
    await connect();
  } catch {
    setTimeout(() => void reconnect(), 2000);
  }
  return () => {
    hub.subscribers.delete(subscriber);
    if (hub.subscribers.size === 0 && hub.client) {
      const client = hub.client;
      hub.client = null;
      void client.end().catch(() => undefined);
    }
  };
}

/** For scripts and tests outside the app: listen on this database instead of DATABASE_URL's. */
export function listenForLiveChangesOn(connectionString: string): void {
  hub.connectionString = connectionString;
}

// The staff screens' streams open in this process, each with its way to end itself after a last
// retry hint. On globalThis: the process's server (scripts/serve.ts) ends the streams of the
// Next.js server's copy of this module when it shuts down.
const globalStreams = globalThis as unknown as { zugangLiveStreams?: Set<(retryMs: number) => void> };
const openStreams = (globalStreams.zugangLiveStreams ??= new Set());

/** Adds a stream's closer (given a retry hint in ms); returns the function that removes it again. */
export function registerLiveStream(close: (retryMs: number) => void): () => void {
  openStreams.add(close);
  return () => openStreams.delete(close);
}

/** Ends every staff screen's stream of this process with `retry: <ms>` first (on shutdown). Returns how many. */
export function closeLiveStreams(retryMs = 500): number {
  const closers = [...openStreams];
  for (const close of closers) close(retryMs);
  return closers.length;
}
