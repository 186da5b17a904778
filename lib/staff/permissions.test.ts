import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { can, STAFF_ACTIONS, type StaffAction } from "./permissions";

const ROLES: StaffRole[] = ["front_desk", "caseworker", "admin"];
const allowed = (action: StaffAction) => ROLES.filter((role) => can(role, action));

/**
 * Every action each role may do, written out whole: a role given one action more or one less (the
 * front desk with `locations.manage` or `analytics.export`, say) fails here, and so does an action
 * added to the table without deciding who gets it.
 */
const EACH_ROLE: Record<StaffRole, StaffAction[]> = {
  front_desk: [
    "staff.home",
    "outbox.read",
    "feedback.send",
    "appointment.view",
    "appointment.check-in",
    "appointments.day",
    "appointments.export",
    "appointment.no-show",
    "appointment.cancel",
    "appointment.rebook",
    "person.find",
    "person.search",
    "person.view",
    "person.record-fact",
    "person.correct",
    "callbacks.read",
    "callback.work",
    "form.file-for-someone",
    "person.create",
    "appointment.book-for-someone",
    "appointment.print-confirmation",
    "queue.desk",
    "queue.ticket",
    "account.second-factor",
    "account.password",
  ],
  caseworker: [
    "staff.home",
    "outbox.read",
    "outbox.read-message",
    "feedback.read",
    "feedback.send",
    "appointment.view",
    "appointment.check-in",
    "appointments.day",
    "appointments.export",
    "appointment.no-show",
    "appointment.cancel",
    "appointment.rebook",
    "person.find",
    "person.search",
    "person.view",
    "person.record-fact",
    "person.correct",
    "callbacks.read",
    "callback.work",
    "inbox.read",
    "submission.read",
    "submission.attachment",
    "submission.work",
    "appointments.own",
    "form.file-for-someone",
    "person.create",
    "appointment.book-for-someone",
    "appointment.print-confirmation",
    "queue.desk",
    "queue.ticket",
    "account.second-factor",
    "account.password",
  ],
  admin: [
    "staff.home",
    "outbox.read",
    "feedback.read",
    "feedback.send",
    "sign-in-locks.manage",
    "account.second-factor",
    "account.password",
    "staff-accounts.manage",
    "security-settings.manage",
    "locations.manage",
    "routing-rules.manage",
    "request-types.manage",
    "audit.read",
    "audit.export",
    "analytics.read",
    "analytics.export",
    "analytics.import",
  ],
};

describe("the permissions table", () => {
  it.each(ROLES)("gives %s exactly its actions, no more and no fewer", (role) => {
    expect(STAFF_ACTIONS.filter((action) => can(role, action)).sort()).toEqual([...EACH_ROLE[role]].sort());
  });

  it("gives every action to at least one role", () => {
    expect(STAFF_ACTIONS.filter((action) => !ROLES.some((role) => can(role, action)))).toEqual([]);
  });
});

describe("can", () => {
  it("gives each action of the staff pages to its roles", () => {
    expect(allowed("staff.home")).toEqual(ROLES);
    expect(allowed("outbox.read")).toEqual(ROLES);
    expect(allowed("outbox.read-message")).toEqual(["caseworker"]);
    expect(allowed("feedback.read")).toEqual(["caseworker", "admin"]);
    expect(allowed("sign-in-locks.manage")).toEqual(["admin"]);
  });

  it("gives people's appointments to the front desk and caseworkers, never to admins (they configure, they do not handle cases)", () => {
    for (const action of [
      "appointment.view",
      "appointment.check-in",
      "appointments.day",
      "appointments.export",
      "appointment.no-show",
      "appointment.cancel",
      "appointment.rebook",
    ] as const) {
      expect(allowed(action), action).toEqual(["front_desk", "caseworker"]);
    }
  });

  it("gives booking for someone to the front desk and caseworkers, never to an admin", () => {
    for (const action of [
      "person.find",
      "person.create",
      "appointment.book-for-someone",
      "appointment.print-confirmation",
    ] as const) {
      expect(allowed(action)).toEqual(["front_desk", "caseworker"]);
    }
  });

  it("keeps staff accounts, security settings and the audit log to admins; one's own second factor and password to everyone", () => {
    expect(allowed("staff-accounts.manage")).toEqual(["admin"]);
    expect(allowed("security-settings.manage")).toEqual(["admin"]);
    expect(allowed("audit.read")).toEqual(["admin"]);
    expect(allowed("audit.export")).toEqual(["admin"]);
    expect(allowed("routing-rules.manage")).toEqual(["admin"]);
    expect(allowed("account.second-factor")).toEqual(ROLES);
    expect(allowed("account.password")).toEqual(ROLES);
  });

  it("refuses what the table does not name: an unknown action or role, no role at all", () => {
    expect(can("admin", "appointment.delete" as StaffAction)).toBe(false);
    expect(can("admin", "toString" as StaffAction)).toBe(false);
    expect(can("janitor" as StaffRole, "staff.home")).toBe(false);
    expect(can(null, "staff.home")).toBe(false);
    expect(can(undefined, "outbox.read")).toBe(false);
  });
});
