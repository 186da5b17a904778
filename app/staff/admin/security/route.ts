// The admin's plain post: whether the admin role must sign in with the second factor.
import { seeOther } from "@/lib/plain-post";
import { securitySettingSchema, setAdminRequiresTotp, staffRoute } from "@/lib/staff";

export const POST = staffRoute(
  { action: "security-settings.manage", input: securitySettingSchema, returnTo: "/staff/admin/staff" },
  async ({ input, tx, audit }) =>
    seeOther(
      `/staff/admin/staff?result=security-${await setAdminRequiresTotp({ tx, audit }, input.adminRequiresTotp === "1")}`,
    ),
);
