import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { can, type StaffAction } from "./permissions";

const ROLES: StaffRole[] = ["front_desk", "caseworker", "admin"];
const allowed = (action: StaffAction) => ROLES.filter((role) => can(role, action));

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

  it("keeps staff accounts, security settings and the audit log to admins; one's own second factor to everyone", () => {
    expect(allowed("staff-accounts.manage")).toEqual(["admin"]);
    expect(allowed("security-settings.manage")).toEqual(["admin"]);
    expect(allowed("audit.read")).toEqual(["admin"]);
    expect(allowed("audit.export")).toEqual(["admin"]);
    expect(allowed("routing-rules.manage")).toEqual(["admin"]);
    expect(allowed("account.second-factor")).toEqual(ROLES);
  });

  it("refuses what the table does not name: an unknown action or role, no role at all", () => {
    expect(can("admin", "appointment.delete" as StaffAction)).toBe(false);
    expect(can("admin", "toString" as StaffAction)).toBe(false);
    expect(can("janitor" as StaffRole, "staff.home")).toBe(false);
    expect(can(null, "staff.home")).toBe(false);
    expect(can(undefined, "outbox.read")).toBe(false);
  });
});
