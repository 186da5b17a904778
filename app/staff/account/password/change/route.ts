// Plain post "Passwort ändern": the current password, the new one twice; the account's other sessions end.
import { seeOther } from "@/lib/plain-post";
import { changeOwnPassword, ownPasswordFormSchema, staffRoute } from "@/lib/staff";

const PAGE = "/staff/account/password";

export const POST = staffRoute(
  {
    action: "account.password",
    input: ownPasswordFormSchema,
    returnTo: PAGE,
    invalidInput: "Die Passwörter fehlen oder sind zu lang.",
  },
  async ({ input, session, tx, audit }) =>
    seeOther(`${PAGE}?result=${await changeOwnPassword({ tx, audit }, session.staff, input)}`),
);
