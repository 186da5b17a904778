// The call display's live feed as server-sent events: the state at once, then after every change
// of the location's queue in any app process (through this process's one LISTEN connection,
// listener.ts). A comment line every 15 seconds keeps proxies from closing the stream and checks
// that the link is still valid: a renewed link ends its old streams, and the browser's reconnect
// then gets a 404 and stops.
import { displayState, locationForDisplayToken } from "./display";
import { subscribeToDisplay } from "./listener";

const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting after the stream broke. */
const RETRY_MS = 2_000;

// The streams open in this process, each with its way to end itself after a last retry hint. On
// globalThis: the process's server (scripts/serve.ts) closes the streams of the Next.js server's copy
// of this module when it shuts down.
const globalStreams = globalThis as unknown as {
  zugangDisplayStreams?: Set<(retryMs: number) => void>;
  /** Set once the process shuts down: a stream opened after that ends at once with this retry hint. */
  zugangDisplayStreamsRetry?: number;
};
const openStreams = (globalStreams.zugangDisplayStreams ??= new Set());

/**
 * Ends every call display's stream of this process (on shutdown): each gets `retry: <ms>` first, so
 * that its browser reconnects that soon, through the proxy to another app process. Returns how many.
 */
export function closeDisplayStreams(retryMs = 500): number {
  globalStreams.zugangDisplayStreamsRetry = retryMs;
  const closers = [...openStreams];
  for (const close of closers) close(retryMs);
  return closers.length;
}

export async function displayEvents(request: Request, token: string): Promise<Response> {
  const locationId = await locationForDisplayToken(token);
  if (!locationId)
    return new Response("Diese Anzeige gibt es nicht (mehr).", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
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
      const unsubscribe = await subscribeToDisplay(locationId, (state) => send(`data: ${JSON.stringify(state)}\n\n`));
      const heartbeat = setInterval(() => {
        send(": still here\n\n");
        void locationForDisplayToken(token).then(
          (still) => still === locationId || stop(),
          () => undefined,
        );
      }, HEARTBEAT_MS);
      const closeWithRetry = (retryMs: number) => {
        send(`retry: ${retryMs}\n\n`);
        stop();
      };
      openStreams.add(closeWithRetry);
      stop = () => {
        if (!open) return;
        open = false;
        openStreams.delete(closeWithRetry);
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => stop());
      // Opened on a kept-alive connection while the process shuts down: off to another process.
      const shuttingDown = globalStreams.zugangDisplayStreamsRetry;
      if (shuttingDown !== undefined) return closeWithRetry(shuttingDown);
      send(`retry: ${RETRY_MS}\n\n`);
      const first = await displayState(locationId).catch(() => null);
      if (first) send(`data: ${JSON.stringify(first)}\n\n`);
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
