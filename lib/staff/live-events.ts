// The staff screens' live feed as server-sent events: "change" when something the signed-in staff
// member watches changed in any app process — the queue or the day at one of their locations (none
// when their account names none; lib/staff/locations.ts), submissions for those who work the inbox or the
// callbacks — and "change" after the process's LISTEN connection came back (lib/live.ts). The
// browser then reads the page anew (components/staff/live-updates.tsx). Nothing personal travels.
import { registerLiveStream, subscribeToLiveChanges, type LiveChange } from "@/lib/live";
import type { StaffSession } from "./auth";
import { locationsOf } from "./locations";
import { can } from "./permissions";

const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting after the stream broke. */
const RETRY_MS = 2_000;

/** Whether a change concerns this staff member's screens. */
export function concerns(
  change: LiveChange,
  watcher: { locations: Set<string> | null; submissions: boolean; queue: boolean },
): boolean {
  if (change.topic === "reconnected") return true;
  if (change.topic === "submissions") return watcher.submissions;
  if (!watcher.queue) return false;
  return watcher.locations === null || (change.locationId !== null && watcher.locations.has(change.locationId));
}

export async function staffLiveEvents(session: StaffSession): Promise<Response> {
  const role = session.staff.role;
  const scope = await locationsOf(session);
  const watcher = {
    locations: scope.everywhere ? null : new Set(scope.ids),
    submissions: can(role, "inbox.read") || can(role, "callbacks.read"),
    queue: can(role, "queue.desk") || can(role, "appointments.day"),
  };
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (chunk: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          stop();
        }
      };
      const unregister = registerLiveStream((retryMs) => {
        send(`retry: ${retryMs}\n\n`);
        stop();
      });
      const unsubscribe = await subscribeToLiveChanges((change) => {
        if (concerns(change, watcher)) send(`event: change\ndata: ${change.topic}\n\n`);
      });
      const heartbeat = setInterval(() => send(": still here\n\n"), HEARTBEAT_MS);
      stop = () => {
        if (!open) return;
        open = false;
        unregister();
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      // The LISTEN is in place: the browser may now rely on hearing every change.
      send(`retry: ${RETRY_MS}\n\nevent: ready\ndata: ready\n\n`);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
