// One LISTEN connection per app process for the queue's changes (the trigger queue_changed() sends
// the location's id on channel zugang_queue at each commit), fanned out in memory to every call
// display this process serves: each change of a location is read once, however many screens show
// it. After a dropped connection it connects again and sends every screen the state anew.
import pg from "pg";
import { getEnv } from "@/lib/env";
import { displayState, type DisplayState } from "./display";

export const QUEUE_CHANNEL = "zugang_queue";

type Subscriber = (state: DisplayState) => void;

interface Hub {
  subscribers: Map<string, Set<Subscriber>>;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  /** locations being read, and those changed again meanwhile (read once more afterwards) */
  reading: Set<string>;
  again: Set<string>;
  connectionString: string | null;
}

// On globalThis: the server may load this module more than once, and there must be one connection.
const globalHub = globalThis as unknown as { zugangQueueHub?: Hub };
const hub: Hub = (globalHub.zugangQueueHub ??= {
  subscribers: new Map(),
  client: null,
  connecting: null,
  reading: new Set(),
  again: new Set(),
  connectionString: null,
});

async function publish(locationId: string): Promise<void> {
  if (!hub.subscribers.get(locationId)?.size) return;
  if (hub.reading.has(locationId)) {
    hub.again.add(locationId);
    return;
  }
  hub.reading.add(locationId);
  try {
    const state = await displayState(locationId);
    if (state) for (const subscriber of hub.subscribers.get(locationId) ?? []) subscriber(state);
  } catch {
    // The database is away for a moment: the screens keep what they show until the next change.
  } finally {
    hub.reading.delete(locationId);
    if (hub.again.delete(locationId)) void publish(locationId);
  }
}

function connect(): Promise<void> {
  if (hub.client) return Promise.resolve();
  hub.connecting ??= (async () => {
    const connectionString = hub.connectionString ?? getEnv().DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const client = new pg.Client({ connectionString, keepAlive: true });
    const lost = () => {
      if (hub.client !== client) return;
      hub.client = null;
      client.end().catch(() => undefined);
      if (hub.subscribers.size > 0) setTimeout(() => void reconnect(), 1000);
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel === QUEUE_CHANNEL && message.payload) void publish(message.payload);
    });
    await client.connect();
    await client.query(`LISTEN ${QUEUE_CHANNEL}`);
    hub.client = client;
  })().finally(() => {
    hub.connecting = null;
  });
  return hub.connecting;
}

async function reconnect(): Promise<void> {
  try {
    await connect();
    for (const locationId of hub.subscribers.keys()) void publish(locationId);
  } catch {
    if (hub.subscribers.size > 0) setTimeout(() => void reconnect(), 2000);
  }
}

/**
 * Calls `subscriber` with the display's state whenever the location's queue changes (in any app
 * process). Returns the unsubscribe function. The first state is the caller's to read.
 */
export async function subscribeToDisplay(locationId: string, subscriber: Subscriber): Promise<() => void> {
  let set = hub.subscribers.get(locationId);
  if (!set) hub.subscribers.set(locationId, (set = new Set()));
  set.add(subscriber);
  try {
    await connect();
  } catch {
    setTimeout(() => void reconnect(), 2000);
  }
  return () => {
    set.delete(subscriber);
    if (set.size === 0) hub.subscribers.delete(locationId);
    if (hub.subscribers.size === 0 && hub.client) {
      const client = hub.client;
      hub.client = null;
      void client.end().catch(() => undefined);
    }
  };
}

/** For scripts and tests outside the app: listen on this database instead of DATABASE_URL's. */
export function listenOn(connectionString: string): void {
  hub.connectionString = connectionString;
}
