// Staff screens that stay current: one LISTEN per app process on channel zugang_live (lib/listener.ts;
// the trigger staff_live_changed() announces "<topic>:<location id>" at each commit), fanned out in
// memory to every staff screen this process serves — never a database connection per browser.
// After a dropped connection every screen is told to read anew ("reconnected").
import { channelListener } from "@/lib/listener";

export const LIVE_CHANNEL = "zugang_live";

/** What changed: a location's queue, a location's day (appointments' statuses), or submissions (inbox, callbacks). */
export type LiveTopic = "queue" | "day" | "submissions" | "reconnected";

export interface LiveChange {
  topic: LiveTopic;
  /** the location whose queue or day changed; null for submissions and a reconnect */
  locationId: string | null;
}

type Subscriber = (change: LiveChange) => void;

// On globalThis: the server may load this module more than once, and every copy must tell the same screens.
const globalSubscribers = globalThis as unknown as { zugangLiveSubscribers?: Set<Subscriber> };
const subscribers = (globalSubscribers.zugangLiveSubscribers ??= new Set());

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
  for (const subscriber of subscribers) subscriber(change);
}

const listener = channelListener(
  LIVE_CHANNEL,
  {
    notified: (payload) => {
      const change = parseLiveChange(payload);
      if (change) tellEveryone(change);
    },
    // Changes while the connection was away were missed: every screen reads anew.
    reconnected: () => tellEveryone({ topic: "reconnected", locationId: null }),
    wanted: () => subscribers.size > 0,
  },
  { applicationName: "zugang-live" },
);

/**
 * Calls `subscriber` with every change announced in any app process, from the moment this resolves
 * (the LISTEN is in place then). Returns the unsubscribe function; the last one closes the connection.
 */
export async function subscribeToLiveChanges(subscriber: Subscriber): Promise<() => void> {
  subscribers.add(subscriber);
  await listener.start();
  return () => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0) listener.stop();
  };
}

/** For scripts and tests outside the app: listen on this database instead of DATABASE_URL's. */
export function listenForLiveChangesOn(connectionString: string): void {
  listener.useDatabase(connectionString);
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
