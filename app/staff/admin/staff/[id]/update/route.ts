// The admin's plain post "Speichern" on an account's page: role and locations, with their event.
import { seeOther } from "@/lib/plain-post";
import { accountFormSchema, staffRoute, updateStaffAccount } from "@/lib/staff";

type Params = { id: string };

export const POST = staffRoute<typeof accountFormSchema, Params>(
  {
    action: "staff-accounts.manage",
    input: accountFormSchema,
    returnTo: ({ id }) => `/staff/admin/staff/${encodeURIComponent(id)}`,
  },
  async ({ input, params, session, tx, audit }) => {
    const outcome = await updateStaffAccount({ tx, audit, actorId: session.staff.id }, params.id, input);
    return seeOther(
      outcome === "not-found" ? "/staff/admin/staff" : `/staff/admin/staff/${params.id}?result=${outcome}`,
    );
  },
);
