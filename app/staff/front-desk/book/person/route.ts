// "Person anlegen" on the booking page: the person is stored without an e-mail address (through
// people's one schema) and chosen for step 2; a refusal goes back to the form with what was typed.
import { seeOther } from "@/lib/plain-post";
import { createPersonAtCounter, newPersonForm, problemQuery, staffRoute } from "@/lib/staff";
import { bookPagePath } from "../paths";

export const POST = staffRoute(
  { action: "person.create", input: newPersonForm, returnTo: "/staff/front-desk/book" },
  async ({ session, input, tx, audit }) => {
    const answer = await createPersonAtCounter(input, { staffUserId: session.staff.id, tx, audit });
    if (answer.created) return seeOther(bookPagePath({ location: input.location, person: answer.personId }));
    const { location, ...typed } = input;
    return seeOther(bookPagePath({ location, new: "1", ...typed, ...problemQuery(answer.problems) }));
  },
);
