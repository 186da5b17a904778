// The admin's plain post "Passwort setzen": the new password applies at once and every session of
// the account ends (lib/staff/account-password.ts).
import { seeOther } from "@/lib/plain-post";
import { passwordFormSchema, setStaffPassword, staffRoute } from "@/lib/staff";

type Params = { id: string };

export const POST = staffRoute<typeof passwordFormSchema, Params>(
  {
    action: "staff-accounts.manage",
    input: passwordFormSchema,
    returnTo: ({ id }) => `/staff/admin/staff/${encodeURIComponent(id)}`,
  },
  async ({ input, params, tx, audit }) => {
    const outcome = await setStaffPassword({ tx, audit }, params.id, input.password);
    return seeOther(
      outcome === "not-found" ? "/staff/admin/staff" : `/staff/admin/staff/${params.id}?result=${outcome}`,
    );
  },
);
