// The admin's plain post "Entsperren": through the staff door, lift the lock (recorded as
// sign-in.unlocked in the same transaction) and show the list again with the outcome
// (post/redirect/get).
import { seeOther } from "@/lib/plain-post";
import { liftSignInLock, staffRoute, unlockSchema } from "@/lib/staff";

const PAGE = "/staff/admin/sign-in-locks";

export const POST = staffRoute(
  {
    action: "sign-in-locks.manage",
    input: unlockSchema,
    returnTo: PAGE,
    invalidInput: "Die Angaben zum Entsperren fehlen oder sind ungültig.",
  },
  async ({ input, tx, audit }) => seeOther(`${PAGE}?result=${await liftSignInLock({ tx, audit }, input)}`),
);
