// The drill's load: bookings through the public API (each with its own Idempotency-Key and
// contact) and page requests, sent continuously through nginx until stopped. A request failed
// when it got no answer or an answer other than the one expected (201 for a booking, 200 for a
// page); each failure is kept with what it was, to be printed.
import { randomUUID } from "node:crypto";

const PAUSE_BETWEEN_BOOKINGS_MS = 600;
const PAUSE_BETWEEN_PAGES_MS = 150;
const REQUEST_TIMEOUT_MS = 30_000;

export interface TrafficReport {
  sent: number;
  failed: number;
  booked: number;
  /** each kind of failure ("POST /api/v1/appointments: 502") and how often */
  failures: Map<string, number>;
}

export class DrillTraffic {
  private readonly report: TrafficReport = { sent: 0, failed: 0, booked: 0, failures: new Map() };
  private stopped = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly base: string,
    private readonly options: { apiKey: string; locationId: string; slots: string[]; pagePaths: string[] },
  ) {}

  start(bookingLoops = 2, pageLoops = 2): void {
    for (let i = 0; i < bookingLoops; i++) this.loops.push(this.bookings(i));
    for (let i = 0; i < pageLoops; i++) this.loops.push(this.pages(i));
  }

  async stop(): Promise<TrafficReport> {
    this.stopped = true;
    await Promise.all(this.loops);
    return this.report;
  }

  private async send(label: string, expected: number, request: () => Promise<Response>): Promise<Response | null> {
    this.report.sent++;
    let outcome: string;
    try {
      const response = await request();
      await response.arrayBuffer();
      if (response.status === expected) return response;
      outcome = String(response.status);
    } catch (error) {
      outcome = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : "error";
    }
    this.report.failed++;
    const key = `${label}: ${outcome}`;
    this.report.failures.set(key, (this.report.failures.get(key) ?? 0) + 1);
    return null;
  }

  private async bookings(loop: number): Promise<void> {
    for (let n = 0; !this.stopped; n++) {
      const start = this.options.slots[(n * 2 + loop) % this.options.slots.length];
      const answer = await this.send("POST /api/v1/appointments", 201, () =>
        fetch(`${this.base}/api/v1/appointments`, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "Idempotency-Key": randomUUID(),
            "X-Api-Key": this.options.apiKey,
          },
          body: JSON.stringify({
            requestType: "change-report",
            channel: "in-person",
            locationId: this.options.locationId,
            start,
            person: { name: `Drill ${loop}-${n}`, email: `drill-${randomUUID()}@example.org` },
            language: "de",
          }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
      );
      if (answer) this.report.booked++;
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_BOOKINGS_MS));
    }
  }

  private async pages(loop: number): Promise<void> {
    const paths = this.options.pagePaths;
    for (let n = loop; !this.stopped; n++) {
      const pagePath = paths[n % paths.length];
      await this.send(`GET ${pagePath.split("?")[0]}`, 200, () =>
        fetch(`${this.base}${pagePath}`, {
          headers: { "Accept-Language": "de", "X-Api-Key": this.options.apiKey },
          redirect: "manual",
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_PAGES_MS));
    }
  }
}
