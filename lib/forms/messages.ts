// Texts outside a page (confirmation messages, API error messages) in a chosen language, from the
// same message files the pages use.
import { textsFor } from "@/i18n/translator";

/** The error codes of a validation turned into readable sentences (the API answers in English by default). */
export async function explainErrors(
  fields: Record<string, string[]>,
  language = "en",
): Promise<Record<string, string[]>> {
  const t = textsFor(language, "forms");
  const explained: Record<string, string[]> = {};
  for (const [field, codes] of Object.entries(fields)) {
    explained[field] = codes.map((code) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : code));
  }
  return explained;
}
