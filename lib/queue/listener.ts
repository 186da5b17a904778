// The queue's changes for the call displays: the process's one LISTEN on channel zugang_queue
// (lib/listener.ts; the trigger queue_changed() sends the location's id at each commit), fanned out
// in memory to every call display this process serves: each change of a location is read once,
// however many screens show it. After a dropped connection every screen gets the state anew.
import { channelListener } from "@/lib/listener";
import { displayState, type DisplayState } from "./display";

export const QUEUE_CHANNEL = "zugang_queue";

type Subscriber = (state: DisplayState) => void;

interface Displays {
  subscribers: Map<string, Set<Subscriber>>;
  /** locations being read, and those changed again meanwhile (read once more afterwards) */
  reading: Set<string>;
  again: Set<string>;
}

// On globalThis: the server may load this module more than once, and every copy must tell the same screens.
const globalDisplays = globalThis as unknown as { zugangQueueDisplays?: Displays };
const displays: Displays = (globalDisplays.zugangQueueDisplays ??= {
  subscribers: new Map(),
  reading: new Set(),
  again: new Set(),
});

async function publish(locationId: string): Promise<void> {
  if (!displays.subscribers.get(locationId)?.size) return;
  if (displays.reading.has(locationId)) {
    displays.again.add(locationId);
    return;
  }
  displays.reading.add(locationId);
  try {
    const state = await displayState(locationId);
    if (state) for (const subscriber of displays.subscribers.get(locationId) ?? []) subscriber(state);
  } catch {
    // The database is away for a moment: the screens keep what they show until the next change.
  } finally {
    displays.reading.delete(locationId);
    if (displays.again.delete(locationId)) void publish(locationId);
  }
}

const listener = channelListener(QUEUE_CHANNEL, {
  notified: (locationId) => void publish(locationId),
  // Changes while the connection was away were missed: every screen gets its state anew.
  reconnected: () => {
    for (const locationId of displays.subscribers.keys()) void publish(locationId);
  },
  wanted: () => displays.subscribers.size > 0,
});

/**
 * Calls `subscriber` with the display's state whenever the location's queue changes (in any app
 * process). Returns the unsubscribe function. The first state is the caller's to read.
 */
export async function subscribeToDisplay(locationId: string, subscriber: Subscriber): Promise<() => void> {
  let set = displays.subscribers.get(locationId);
  if (!set) displays.subscribers.set(locationId, (set = new Set()));
  set.add(subscriber);
  await listener.start();
  return () => {
    set.delete(subscriber);
    if (set.size === 0) displays.subscribers.delete(locationId);
    if (displays.subscribers.size === 0) listener.stop();
  };
}

/** For scripts and tests outside the app: listen on this database instead of DATABASE_URL's. */
export function listenOn(connectionString: string): void {
  listener.useDatabase(connectionString);
}
