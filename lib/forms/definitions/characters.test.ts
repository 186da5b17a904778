// Every free-text answer of every form refuses control characters with the code invalidCharacters
// (PostgreSQL cannot store a NUL); the multi-line answers (textareas) keep line breaks and tabs.
import { describe, expect, it } from "vitest";
import { validatePage } from "../engine";
import type { FieldDefinition } from "../types";
import { formDefinitions } from "./index";

const context = { today: "2026-06-15" };
const choiceKinds = new Set<FieldDefinition["kind"]>(["radio", "checkboxes"]);

const fields = formDefinitions.flatMap((form) =>
  form.pages.flatMap((page) =>
    page.fields
      .filter((field) => !choiceKinds.has(field.kind))
      .map((field) => ({ label: `${form.key} ${page.key}.${field.name} (${field.kind})`, page, field })),
  ),
);

function errorsOf(entry: (typeof fields)[number], value: string): string[] {
  const result = validatePage(entry.page, { [entry.field.name]: value }, context);
  return result.ok ? [] : (result.errors[entry.field.name] ?? []);
}

describe("control characters in form answers", () => {
  it("covers the text fields of every form", () => {
    expect(fields.filter((entry) => entry.field.kind === "textarea").length).toBeGreaterThan(5);
    expect(fields.length).toBeGreaterThan(30);
  });

  it.each(fields)("$label refuses a NUL and other control characters", (entry) => {
    for (const value of ["a\u0000b", "a\u0001b", "a\u007fb", "a\u0085b"])
      expect(errorsOf(entry, value), JSON.stringify(value)).toContain("invalidCharacters");
  });

  it.each(fields)("$label allows line breaks and tabs only when it is multi-line", (entry) => {
    const errors = errorsOf(entry, "Zeile eins\nZeile\tzwei");
    if (entry.field.kind === "textarea") expect(errors).not.toContain("invalidCharacters");
    else expect(errors).toContain("invalidCharacters");
  });
});
