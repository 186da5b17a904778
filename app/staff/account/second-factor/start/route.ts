// Plain post "Einrichten": a new secret waits for confirmation; the one in use stays until then.
import { z } from "zod";
import { seeOther } from "@/lib/plain-post";
import { staffRoute, startSecondFactorSetup } from "@/lib/staff";

const PAGE = "/staff/account/second-factor";

export const POST = staffRoute(
  { action: "account.second-factor", input: z.object({}), returnTo: PAGE },
  async ({ session, tx, audit }) => {
    await startSecondFactorSetup({ tx, audit }, session.staff.id);
    return seeOther(PAGE);
  },
);
