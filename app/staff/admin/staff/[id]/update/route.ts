// The admin's plain post "Speichern" on an account's page: role and locations, with their event.
import { accountFormSchema, staffRoute, updateStaffAccount } from "@/lib/staff";
import { accountPost, backToAccount } from "../account-post";

export const POST = staffRoute(accountPost(accountFormSchema), async ({ input, params, session, tx, audit }) =>
  backToAccount(params.id, await updateStaffAccount({ tx, audit, actorId: session.staff.id }, params.id, input)),
);
