// "Suchen" on the people search: what was typed is kept on the server for this staff member and the
// page shows the hits by the draft's id, so that no name, date of birth or phone number stands in
// the address (browser history and access logs of a shared counter PC).
import { z } from "zod";
import { seeOther } from "@/lib/plain-post";
import { keepStaffForm, staffRoute } from "@/lib/staff";

// The search reads and checks the box itself (lib/people); here it is only kept.
const searchPost = z.object({
  q: z
    .string()
    .optional()
    .transform((value) => value ?? ""),
});

export const POST = staffRoute(
  { action: "person.search", input: searchPost, returnTo: "/staff/people" },
  async ({ session, input, tx }) => {
    const draft = await keepStaffForm(tx, session.staff.id, "people", { q: input.q });
    return seeOther(`/staff/people?${new URLSearchParams({ draft })}`);
  },
);
