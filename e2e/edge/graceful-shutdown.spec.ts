// SIGTERM to an app process (scripts/serve.ts): a request in flight still gets its answer (and its
// connection is closed after it), a new connection is refused, and the call display's event stream
// gets a retry hint and ends, so that its browser reconnects to another process behind the proxy.
import http from "node:http";
import net from "node:net";
import { expect, test } from "../fixtures";
import { query } from "../staff/helpers";
import { startAppProcess } from "./app-process";

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

/** A POST whose body is held back: `continued` resolves once the server has read its headers (100 Continue). */
function heldPost(port: number, path: string, body: string) {
  const request = http.request({
    host: "127.0.0.1",
    port,
    path,
    method: "POST",
    agent: new http.Agent({ keepAlive: true }),
    headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), Expect: "100-continue" },
  });
  const continued = new Promise<void>((resolve) => request.once("continue", resolve));
  const answer = new Promise<Answer>((resolve, reject) => {
    request.once("error", reject);
    request.once("response", (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body: text }),
      );
    });
  });
  request.flushHeaders();
  return { continued, answer, send: () => request.end(body) };
}

/** The call display's event stream as text, and when it ended. */
function eventStream(url: string) {
  let text = "";
  let firstData: () => void = () => undefined;
  const gotData = new Promise<void>((resolve) => (firstData = resolve));
  const ended = new Promise<void>((resolve, reject) => {
    http
      .get(url, (response) => {
        expect(response.headers["content-type"]).toContain("text/event-stream");
        response.on("data", (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes("data: ")) firstData();
        });
        response.on("end", resolve);
        response.on("close", resolve);
      })
      .once("error", reject);
  });
  return { text: () => text, gotData, ended };
}

function connectionRefused(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });
}

test("SIGTERM: the request in flight finishes, new connections are refused, the display's stream ends with a retry hint", async () => {
  test.setTimeout(150_000);
  const [display] = await query<{ display_token: string }>(
    "SELECT display_token FROM queue_location ORDER BY location_id LIMIT 1",
  );
  const app = await startAppProcess();
  try {
    const stream = eventStream(`${app.baseUrl}/display/${display.display_token}/events`);
    await stream.gotData;

    const held = heldPost(
      app.port,
      "/api/v1/recommendations?locale=de",
      JSON.stringify({ requestType: "continued-benefits", preference: "digital", situation: {} }),
    );
    await held.continued;

    app.child.kill("SIGTERM");
    await expect.poll(() => app.lines().some((line) => line.includes("shutting down"))).toBe(true);
    expect(await connectionRefused(app.port)).toBe("ECONNREFUSED");

    await stream.ended;
    expect(stream.text()).toContain("retry: 500\n\n");

    held.send();
    const answer = await held.answer;
    expect(answer.status, answer.body).toBe(200);
    expect(answer.connection).toBe("close");
    expect(await app.exited).toBe(0);

    const requests = app
      .lines()
      // The framework says a line of its own at start (its configuration loaded), not JSON.
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; route?: string; status?: number })
      .filter((line) => line.msg === "request");
    expect(requests).toContainEqual(expect.objectContaining({ route: "/api/v1/recommendations", status: 200 }));
    expect(requests).toContainEqual(expect.objectContaining({ route: "/display/[token]/events", status: 200 }));
    console.log(
      `graceful shutdown: the request in flight answered ${answer.status} with Connection: ${answer.connection}, a new connection got ECONNREFUSED, the display's stream ended after "retry: 500", exit code 0`,
    );
  } finally {
    await app.stop();
  }
});
