import { describe, expect, it } from "vitest";
import { concerns } from "./live-events";

const here = "loc-here";
const elsewhere = "loc-elsewhere";

describe("which live changes concern a staff member's screens", () => {
  const frontDesk = { locations: new Set([here]), submissions: true, queue: true };
  const everywhere = { locations: null, submissions: true, queue: true };
  const admin = { locations: null, submissions: false, queue: false };

  it("the queue and the day at their own locations only, or everywhere when the account names none", () => {
    expect(concerns({ topic: "queue", locationId: here }, frontDesk)).toBe(true);
    expect(concerns({ topic: "day", locationId: here }, frontDesk)).toBe(true);
    expect(concerns({ topic: "queue", locationId: elsewhere }, frontDesk)).toBe(false);
    expect(concerns({ topic: "day", locationId: elsewhere }, everywhere)).toBe(true);
  });

  it("submissions for those who work the inbox or the callbacks; nothing of the counter for admins", () => {
    expect(concerns({ topic: "submissions", locationId: null }, frontDesk)).toBe(true);
    expect(concerns({ topic: "submissions", locationId: null }, admin)).toBe(false);
    expect(concerns({ topic: "queue", locationId: here }, admin)).toBe(false);
  });

  it("a reconnect concerns everyone: changes may have been missed meanwhile", () => {
    expect(concerns({ topic: "reconnected", locationId: null }, admin)).toBe(true);
  });
});
