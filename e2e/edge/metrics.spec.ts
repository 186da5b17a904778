// /metrics of an app process: 404 where no token is configured (the e2e server), 401 without or
// with a wrong bearer token, and with it Prometheus' text format that `promtool check metrics`
// (Debian's prometheus package) passes without a complaint, counting a booking made just before.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";
import { bookByApi } from "./api-requests";
import { startAppProcess } from "./app-process";

/** Debian's prometheus package puts it here; npm test checks it is there before anything runs. */
const PROMTOOL = process.env.PROMTOOL_PATH ?? "/usr/bin/promtool";

function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test("no token configured: /metrics is not there", async ({ request }) => {
  expect((await request.get("/metrics")).status()).toBe(404);
});

test("/metrics: 401 without the token, and with it metrics that promtool passes", async () => {
  test.setTimeout(150_000);
  const token = randomBytes(24).toString("base64url");
  const app = await startAppProcess({ METRICS_TOKEN: token });
  try {
    const url = `${app.baseUrl}/metrics`;
    const without = await fetch(url);
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toContain("Bearer");
    expect((await fetch(url, { headers: { Authorization: `Bearer ${token}x` } })).status).toBe(401);
    const scrape = async () => {
      const answer = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toContain("text/plain");
      return answer.text();
    };

    const before = sample(await scrape(), 'zugang_bookings_total{channel="video"}') ?? 0;
    const unique = Date.now().toString(36);
    await bookByApi(
      app.baseUrl,
      { name: "Metrik Probe", email: `metrics.${unique}@example.org`, phone: "+49 30 1234567" },
      { fromEnd: 2 },
    );
    const text = await scrape();
    expect(sample(text, 'zugang_bookings_total{channel="video"}')).toBe(before + 1);
    for (const name of [
      "zugang_http_request_duration_seconds_bucket",
      "zugang_queue_waiting_people",
      'zugang_outbox_pending_messages{due="now"}',
      "zugang_outbox_failed_messages",
      'zugang_db_pool_connections{state="total"}',
      "zugang_db_pool_waiting_queries",
      "process_cpu_seconds_total",
      "nodejs_eventloop_lag_seconds",
    ])
      expect(text, name).toContain(name);
    expect(text).toContain('route="/api/v1/appointments",method="POST",status_class="2xx"');
    expect(text).toMatch(/zugang_metrics_read_failed\{gauge="zugang_queue_waiting_people"\} 0/);

    const check = spawnSync(PROMTOOL, ["check", "metrics"], { input: text, encoding: "utf8" });
    const complaints = `${check.stdout}${check.stderr}`.trim();
    console.log(
      `promtool check metrics: exit ${check.status}, ${text.split("\n").filter((line) => line && !line.startsWith("#")).length} samples, ${complaints ? `complaints:\n${complaints}` : "no complaints"}`,
    );
    expect(complaints).toBe("");
    expect(check.status).toBe(0);
  } finally {
    await app.stop();
  }
});
