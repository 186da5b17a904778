// The admin's plain post "deaktivieren" / "reaktivieren": applies from the account's next request on.
import { activeSchema, setStaffAccountActive, staffRoute } from "@/lib/staff";
import { accountPost, backToAccount } from "../account-post";

export const POST = staffRoute(accountPost(activeSchema), async ({ input, params, session, tx, audit }) =>
  backToAccount(
    params.id,
    await setStaffAccountActive({ tx, audit, actorId: session.staff.id }, params.id, input.active === "1"),
  ),
);
