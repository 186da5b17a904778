// What a form is made of: pages of fields, each page with its own zod schema, optional sections
// (shown as a task list), and the message keys of its help texts. Labels live in messages/*/forms.json.
import type { z } from "zod";

/** An answer as it comes from a plain form: one text, or several ticked boxes. */
export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

export type FieldKind =
  "text" | "textarea" | "date" | "email" | "tel" | "postalCode" | "iban" | "money" | "radio" | "checkboxes";

export interface FieldDefinition {
  name: string;
  kind: FieldKind;
  /** Values of a radio or checkbox group; labels under forms.options.<optionSet>.<value>. */
  options?: readonly string[];
  optionSet?: string;
  optional?: boolean;
  autoComplete?: string;
  maxLength?: number;
}

/** What the schemas need to know about "now": dates are compared with today in Berlin. */
export interface ValidationContext {
  /** YYYY-MM-DD, Europe/Berlin */
  today: string;
}

export interface PageDefinition {
  key: string;
  /** "upload" pages take files instead of fields. */
  kind?: "questions" | "upload";
  fields: FieldDefinition[];
  schema: (context: ValidationContext) => z.ZodType;
  /** Shown only when this returns true for the answers so far. */
  when?: (answers: Answers) => boolean;
  /** For upload pages: at least this many files. */
  minFiles?: number;
  /** For forms with a task list: the section this page belongs to. */
  section?: string;
}

export interface FormDefinition {
  key: string;
  /** Keys of the "what you need" checklist: forms.forms.<key>.checklist.<item> */
  checklist: readonly string[];
  /** Minutes it usually takes (shown on the start page). */
  minutes: number;
  pages: PageDefinition[];
  /** Sections in task-list order; when set, the form starts at its task list. */
  sections?: readonly string[];
  /** Where the confirmation goes: names of the answers holding e-mail and phone. */
  contactFields: { email?: string; phone?: string; name?: string };
}

export interface StoredFile {
  id: string;
  storageKey: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}
