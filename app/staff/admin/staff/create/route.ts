// The admin's plain post "Dienstkonto anlegen": through the staff door, the account and its event
// in one transaction; a refused form goes back with its entries (not the password) and the problems.
// An entry longer than any the form accepts is refused anyway and not carried back: a huge value in
// the address would make an answer no browser or proxy takes.
import { seeOther } from "@/lib/plain-post";
import { accountFormSchema, createStaffAccount, staffRoute } from "@/lib/staff";

const KEPT_LENGTH = 200;

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
    const kept = (value: string) => (value.length <= KEPT_LENGTH ? value : "");
    const back = new URLSearchParams({
      name: kept(outcome.kept.name),
      email: kept(outcome.kept.email),
      role: kept(outcome.kept.role),
    });
    for (const location of outcome.kept.locations.slice(0, 50)) back.append("locations", kept(location));
    for (const [field, code] of Object.entries(outcome.problems)) back.append("problem", `${field}:${code}`);
    return seeOther(`/staff/admin/staff/new?${back}`);
  },
);
