// The counters the portal's code paths increment (bookings, filed forms), for /metrics
// (lib/server/metrics.ts registers them; docs/logs-and-metrics.md). Counted where the thing
// happens, after it committed, labelled with a fixed set of words and never with data.
import { Counter } from "prom-client";

interface AppCounters {
  bookings: Counter<"channel">;
  submissions: Counter<"source">;
}

// On globalThis: the Next.js server runs its own copy of lib/ beside the one of scripts/serve.ts
// (which serves /metrics), and both must count on the same counters.
const globalCounters = globalThis as unknown as { zugangCounters?: AppCounters };

export function appCounters(): AppCounters {
  return (globalCounters.zugangCounters ??= {
    bookings: new Counter({
      name: "zugang_bookings_total",
      help: "Appointments booked (a replayed request counts once), by channel",
      labelNames: ["channel"],
      registers: [],
    }),
    submissions: new Counter({
      name: "zugang_form_submissions_total",
      help: "Forms filed (a repeated submit counts once), by where they came from",
      labelNames: ["source"],
      registers: [],
    }),
  });
}

/** channel: in_person or video (the booking's channel, a fixed set). */
export function countBooking(channel: string): void {
  appCounters().bookings.inc({ channel });
}

export function countSubmission(source: "web" | "api"): void {
  appCounters().submissions.inc({ source });
}
