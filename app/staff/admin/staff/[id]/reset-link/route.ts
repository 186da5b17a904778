// The admin's plain post "Link zum Zurücksetzen senden": a one-time link, valid for 24 hours, goes to
// the account's e-mail address through the outbox (lib/staff/password-reset.ts).
import { z } from "zod";
import { seeOther } from "@/lib/plain-post";
import { sendPasswordResetLink, staffRoute } from "@/lib/staff";

type Params = { id: string };
const nothing = z.object({});

export const POST = staffRoute<typeof nothing, Params>(
  {
    action: "staff-accounts.manage",
    input: nothing,
    returnTo: ({ id }) => `/staff/admin/staff/${encodeURIComponent(id)}`,
  },
  async ({ params, tx, audit }) => {
    const outcome = await sendPasswordResetLink({ tx, audit }, params.id);
    return seeOther(
      outcome === "not-found" ? "/staff/admin/staff" : `/staff/admin/staff/${params.id}?result=${outcome}`,
    );
  },
);
