// Corrects the person's phone, e-mail and language (the person page's first form): the changed values
// are stored with a statement each, marked as recorded by the staff member, and the audit event names
// the fields in the same transaction. A refused value goes back to its field with what was typed,
// kept on the server (lib/staff/form-drafts.ts): the address carries the draft's id only, never a
// phone number or an address.
import { changedFields, contactForm, correctContact, correctionOf, storedContact } from "@/lib/people";
import { seeOther } from "@/lib/plain-post";
import { keepStaffForm, staffRoute } from "@/lib/staff";

const page = (id: string, query = "") => `/staff/people/${encodeURIComponent(id)}${query}`;

/** What is kept of a refused form: enough for any real value, never a whole oversized post. */
const KEPT_CHARACTERS = 300;

export const POST = staffRoute(
  { action: "person.correct", input: contactForm, returnTo: (params: { id: string }) => page(params.id) },
  async ({ input, params, tx, session, audit }) => {
    const stored = await storedContact(tx, params.id);
    if (!stored) return seeOther("/staff/people");
    const person = { id: params.id };
    const correction = correctionOf(input, stored);
    if (!correction.ok) {
      const typed = Object.fromEntries(
        Object.entries(input).map(([field, value]) => [field, value?.slice(0, KEPT_CHARACTERS)]),
      );
      const draft = await keepStaffForm(tx, session.staff.id, "person", {
        ...typed,
        person: person.id,
        refused: correction.problems.join(","),
      });
      return seeOther(page(person.id, `?draft=${draft}#contact-heading`));
    }
    const fields = changedFields(stored, correction.values);
    if (fields.length === 0) return seeOther(page(person.id, "?corrected=none#contact-heading"));
    await correctContact(tx, person.id, session.staff.id, correction.values, fields);
    await audit({
      action: "person.corrected",
      citizenId: person.id,
      object: { type: "citizen", id: person.id },
      details: { fields },
    });
    return seeOther(page(person.id, `?corrected=${fields.join(",")}#contact-heading`));
  },
);
