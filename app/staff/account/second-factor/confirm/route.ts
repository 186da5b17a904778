// Plain post "Bestätigen": the app's code confirms the new secret, which then replaces the old one.
import { seeOther } from "@/lib/plain-post";
import { confirmSchema, confirmSecondFactor, staffRoute } from "@/lib/staff";

const PAGE = "/staff/account/second-factor";

export const POST = staffRoute(
  {
    action: "account.second-factor",
    input: confirmSchema,
    returnTo: PAGE,
    invalidInput: "Der Code fehlt oder ist zu lang.",
  },
  async ({ input, session, tx, audit }) =>
    seeOther(`${PAGE}?result=${await confirmSecondFactor({ tx, audit }, session.staff.id, input.code)}`),
);
