// "Buchen" on the booking page: through the one booking gate for the chosen person, then to the
// printable confirmation, whose manage code travels in a cookie of that page; a refusal goes back
// to the form with what was chosen and typed and the problems by field.
import { publicBaseUrl } from "@/lib/env";
import { seeOther } from "@/lib/plain-post";
import {
  bookForSomeone,
  bookForSomeoneForm,
  confirmationPath,
  keepStaffForm,
  printCodeCookie,
  problemQuery,
  staffRoute,
} from "@/lib/staff";
import { bookPagePath } from "../paths";

export const POST = staffRoute(
  { action: "appointment.book-for-someone", input: bookForSomeoneForm, returnTo: "/staff/front-desk/book" },
  async ({ session, input, tx, audit, location }) => {
    // Where the appointment is (the virtual location for video) and the page's own location: the staff member's.
    if (input.location) await location(input.location);
    if (input.desk) await location(input.desk);
    const answer = await bookForSomeone(input, { staffUserId: session.staff.id, tx, audit });
    if (answer.booked) {
      const response = seeOther(confirmationPath(answer.reference));
      if (answer.code)
        response.headers.append(
          "Set-Cookie",
          printCodeCookie(answer.reference, answer.code, publicBaseUrl().startsWith("https:")),
        );
      return response;
    }
    // The form's key stays behind: the page makes a new one, so a corrected form is a new booking.
    const {
      person,
      requestType,
      channel,
      start,
      day,
      assistance,
      language,
      interpreter,
      accessibilityNeeds,
      phone,
      email,
      videoConsent,
    } = input;
    const chosen = { person, requestType, channel, start, day, assistance, language, interpreter, videoConsent };
    // What was typed about the person stays on the server: the address carries the choices only.
    const draft = await keepStaffForm(tx, session.staff.id, "book", {
      accessibilityNeeds,
      phone,
      email,
      ...problemQuery(answer.problems),
    });
    return seeOther(bookPagePath({ location: input.desk, ...chosen, draft }));
  },
);
