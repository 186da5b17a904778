// "Suchen" on the booking page: the search's fields are kept on the server for this staff member
// and the page shows the hits by the draft's id, so that no name, date of birth or phone number of
// a person stands in the address (browser history and access logs of a shared counter PC).
import { z } from "zod";
import { seeOther } from "@/lib/plain-post";
import { keepStaffForm, staffRoute } from "@/lib/staff";
import { bookPagePath } from "../paths";

/** A posted text field; missing is empty. The search itself checks the values (people's schema). */
const field = z
  .string()
  .optional()
  .transform((value) => value ?? "");
const searchPost = z.object({ location: field, name: field, dateOfBirth: field, customerNumber: field, phone: field });

export const POST = staffRoute(
  { action: "person.find", input: searchPost, returnTo: "/staff/front-desk/book" },
  async ({ session, input, tx, location: atLocation }) => {
    const { location, ...typed } = input;
    if (location) await atLocation(location);
    const draft = await keepStaffForm(tx, session.staff.id, "book", { ...typed, step: "search" });
    return seeOther(bookPagePath({ location, draft }));
  },
);
