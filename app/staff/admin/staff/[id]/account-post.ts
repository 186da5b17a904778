// What the admin's posts on one staff account (role and locations, active, password, reset link,
// second factor) share: the door's options (the permission, the form's schema, the page to return
// to after signing in) and the answer, back to the account's page with the outcome (to the list
// when the account is gone).
import type { z } from "zod";
import { seeOther } from "@/lib/plain-post";
import type { StaffRouteOptions } from "@/lib/staff";

type Params = { id: string };

const accountPath = (id: string) => `/staff/admin/staff/${encodeURIComponent(id)}`;

export const accountPost = <Input extends z.ZodType>(input: Input): StaffRouteOptions<Input, Params> => ({
  action: "staff-accounts.manage",
  input,
  returnTo: ({ id }) => accountPath(id),
});

export const backToAccount = (id: string, outcome: string) =>
  seeOther(outcome === "not-found" ? "/staff/admin/staff" : `${accountPath(id)}?result=${outcome}`);
