// The admin's plain post "Link zum Zurücksetzen senden": a one-time link, valid for 24 hours, goes to
// the account's e-mail address through the outbox (lib/staff/password-reset.ts).
import { z } from "zod";
import { sendPasswordResetLink, staffRoute } from "@/lib/staff";
import { accountPost, backToAccount } from "../account-post";

export const POST = staffRoute(accountPost(z.object({})), async ({ params, tx, audit }) =>
  backToAccount(params.id, await sendPasswordResetLink({ tx, audit }, params.id)),
);
