// The retention periods are set once, in lib/retention.ts; the table in docs/notifications.md lists
// them and must say the same, rule by rule.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RETENTION_DAYS, RETENTION_RULES } from "@/lib/retention";

/** The periods in days each rule's row must state; rules by expiry state none. */
const periodsOfRule: Record<string, number[]> = {
  appointments: [RETENTION_DAYS.appointmentAfterEnd],
  citizens: [RETENTION_DAYS.citizenWithoutRecords],
  journeys: [RETENTION_DAYS.journey],
  feedback: [RETENTION_DAYS.feedback],
  messages: [RETENTION_DAYS.finishedMessage],
  formDrafts: [],
  bookingDrafts: [],
  idempotencyRecords: [RETENTION_DAYS.idempotencyRecord],
  rateLimitCounters: [RETENTION_DAYS.rateLimitCounter],
  auditLog: [RETENTION_DAYS.auditLog],
  queueContacts: [],
  queueTickets: [RETENTION_DAYS.queueTicket],
  staffSessions: [RETENTION_DAYS.staffSession],
};

function documentedRows(): Map<string, string> {
  const text = readFileSync(path.join(process.cwd(), "docs/notifications.md"), "utf8");
  return new Map([...text.matchAll(/^\s*\| `(\w+)` \|(.*)\|\s*$/gm)].map((match) => [match[1], match[2]]));
}

describe("retention periods", () => {
  it("are stated once for every rule, and every period is stated", () => {
    expect(Object.keys(periodsOfRule).sort()).toEqual(RETENTION_RULES.map((rule) => rule.name).sort());
    expect(Object.values(periodsOfRule).flat().sort()).toEqual(Object.values(RETENTION_DAYS).sort());
  });

  it("docs/notifications.md lists every rule with the periods of lib/retention.ts", () => {
    const rows = documentedRows();
    expect([...rows.keys()].sort()).toEqual(Object.keys(periodsOfRule).sort());
    for (const [rule, days] of Object.entries(periodsOfRule)) {
      const stated = [...rows.get(rule)!.matchAll(/(\d+) days?\b/g)].map((match) => Number(match[1]));
      expect(stated, rule).toEqual(days);
    }
  });
});
