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
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => stop());
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
