// The admin's plain post "Dienstkonto anlegen": through the staff door, the account and its event
// in one transaction; a refused form goes back with its entries (not the password) and the problems.
import { seeOther } from "@/lib/plain-post";
import { accountFormSchema, createStaffAccount, staffRoute } from "@/lib/staff";

export const POST = staffRoute(
  {
    action: "staff-accounts.manage",
    input: accountFormSchema,
    returnTo: "/staff/admin/staff/new",
    invalidInput: "Die Angaben zum neuen Dienstkonto fehlen oder sind ungültig.",
  },
  async ({ input, tx, audit }) => {
    const outcome = await createStaffAccount({ tx, audit }, input);
    if ("created" in outcome) return seeOther("/staff/admin/staff?result=created");
    const back = new URLSearchParams({ name: outcome.kept.name, email: outcome.kept.email, role: outcome.kept.role });
    for (const location of outcome.kept.locations) back.append("locations", location);
    for (const [field, code] of Object.entries(outcome.problems)) back.append("problem", `${field}:${code}`);
    return seeOther(`/staff/admin/staff/new?${back}`);
  },
);
