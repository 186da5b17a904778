// The admin's plain post "Zweiten Faktor zurücksetzen" for a lost authenticator.
import { z } from "zod";
import { resetSecondFactor, staffRoute } from "@/lib/staff";
import { accountPost, backToAccount } from "../account-post";

export const POST = staffRoute(accountPost(z.object({})), async ({ params, tx, audit }) =>
  backToAccount(params.id, await resetSecondFactor({ tx, audit }, params.id)),
);
