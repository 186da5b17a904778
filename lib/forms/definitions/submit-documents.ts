// Hand in documents: which kinds, then the photos or PDFs.
import { z } from "zod";
import { choices, longText } from "../schema-helpers";
import type { FormDefinition } from "../types";
import { contactPage, documentsPage } from "./shared";

export const documentKinds = ["payslip", "bankStatement", "rent", "utilities", "certificate", "other"] as const;

export const submitDocuments: FormDefinition = {
  key: "submit-documents",
  checklist: ["documents", "letter", "camera"],
  minutes: 5,
  contactFields: { email: "email", phone: "phone", name: "fullName" },
  pages: [
    {
      key: "kinds",
      fields: [
        { name: "documentKinds", kind: "checkboxes", options: documentKinds, optionSet: "documentKinds" },
        { name: "documentNote", kind: "textarea", optional: true },
      ],
      schema: () => z.object({ documentKinds: choices(documentKinds), documentNote: longText(1000).optional() }),
    },
    documentsPage({ minFiles: 1 }),
    contactPage(),
  ],
};
