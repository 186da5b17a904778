// Change contact details: new phone number, e-mail address or postal address.
import { z } from "zod";
import { choices, date, email, phone } from "../schema-helpers";
import type { FormDefinition } from "../types";
import { addressFields, addressShape, contactPage } from "./shared";

export const contactChanges = ["phone", "email", "address"] as const;

const changes = (kind: (typeof contactChanges)[number]) => (answers: Record<string, unknown>) =>
  Array.isArray(answers.contactChanges) && answers.contactChanges.includes(kind);

export const contactDetails: FormDefinition = {
  key: "contact-details",
  checklist: ["newDetails", "moveDate", "customerNumber"],
  minutes: 3,
  contactFields: { email: "email", phone: "phone", name: "fullName" },
  pages: [
    {
      key: "what",
      fields: [{ name: "contactChanges", kind: "checkboxes", options: contactChanges, optionSet: "contactChanges" }],
      schema: () => z.object({ contactChanges: choices(contactChanges) }),
    },
    {
      key: "newPhone",
      when: changes("phone"),
      fields: [{ name: "newPhone", kind: "tel", autoComplete: "tel" }],
      schema: () => z.object({ newPhone: phone() }),
    },
    {
      key: "newEmail",
      when: changes("email"),
      fields: [{ name: "newEmail", kind: "email", autoComplete: "email" }],
      schema: () => z.object({ newEmail: email() }),
    },
    {
      key: "newAddress",
      when: changes("address"),
      fields: [...addressFields, { name: "movedOn", kind: "date" }],
      // Moving day: up to three months ahead (announce a move) or a year back.
      schema: (context) =>
        z.object({ ...addressShape(), movedOn: date(context, { maxDaysAhead: 92, maxDaysBack: 366 }) }),
    },
    contactPage(),
  ],
};
