// The admin's plain post "Passwort setzen": the new password applies at once and every session of
// the account ends (lib/staff/account-password.ts).
import { passwordFormSchema, setStaffPassword, staffRoute } from "@/lib/staff";
import { accountPost, backToAccount } from "../account-post";

export const POST = staffRoute(accountPost(passwordFormSchema), async ({ input, params, tx, audit }) =>
  backToAccount(params.id, await setStaffPassword({ tx, audit }, params.id, input.password)),
);
