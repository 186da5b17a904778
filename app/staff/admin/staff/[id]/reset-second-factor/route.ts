// The admin's plain post "Zweiten Faktor zurücksetzen" for a lost authenticator.
import { z } from "zod";
import { seeOther } from "@/lib/plain-post";
import { resetSecondFactor, staffRoute } from "@/lib/staff";

type Params = { id: string };
const nothing = z.object({});

export const POST = staffRoute<typeof nothing, Params>(
  {
    action: "staff-accounts.manage",
    input: nothing,
    returnTo: ({ id }) => `/staff/admin/staff/${encodeURIComponent(id)}`,
  },
  async ({ params, tx, audit }) => {
    const outcome = await resetSecondFactor({ tx, audit }, params.id);
    return seeOther(
      outcome === "not-found" ? "/staff/admin/staff" : `/staff/admin/staff/${params.id}?result=${outcome}`,
    );
  },
);
