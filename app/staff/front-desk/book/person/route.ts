// "Person anlegen" on the booking page: the person is stored without an e-mail address (through
// people's one schema) and chosen for step 2; a refusal goes back to the form with what was typed
// (kept on the server, not in the address).
import { seeOther } from "@/lib/plain-post";
import { createPersonAtCounter, keepStaffForm, newPersonForm, problemQuery, staffRoute } from "@/lib/staff";
import { bookPagePath } from "../paths";

export const POST = staffRoute(
  { action: "person.create", input: newPersonForm, returnTo: "/staff/front-desk/book" },
  async ({ session, input, tx, audit, location: atLocation }) => {
    if (input.location) await atLocation(input.location);
    const answer = await createPersonAtCounter(input, { staffUserId: session.staff.id, tx, audit });
    if (answer.created) return seeOther(bookPagePath({ location: input.location, person: answer.personId }));
    const { location, ...typed } = input;
    // What was typed stays on the server: a name or a phone number never goes into the address.
    const draft = await keepStaffForm(tx, session.staff.id, "book", { ...typed, ...problemQuery(answer.problems) });
    return seeOther(bookPagePath({ location, new: "1", draft }));
  },
);
