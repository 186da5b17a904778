// The admin's plain post "deaktivieren" / "reaktivieren": applies from the account's next request on.
import { seeOther } from "@/lib/plain-post";
import { activeSchema, setStaffAccountActive, staffRoute } from "@/lib/staff";

type Params = { id: string };

export const POST = staffRoute<typeof activeSchema, Params>(
  {
    action: "staff-accounts.manage",
    input: activeSchema,
    returnTo: ({ id }) => `/staff/admin/staff/${encodeURIComponent(id)}`,
  },
  async ({ input, params, session, tx, audit }) => {
    const outcome = await setStaffAccountActive(
      { tx, audit, actorId: session.staff.id },
      params.id,
      input.active === "1",
    );
    return seeOther(
      outcome === "not-found" ? "/staff/admin/staff" : `/staff/admin/staff/${params.id}?result=${outcome}`,
    );
  },
);
