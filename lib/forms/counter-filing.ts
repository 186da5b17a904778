// A form filed with help at the counter: staff start the form for a known person at the desk (the
// research: many people need a person beside them, not a different website) and fill it in with
// them through the same pages as everyone; the submission is that person's and is marked as filed
// with help at the counter by that staff member (form_submission.assistance, filed_by_staff_id).
import type { Prisma } from "@/lib/generated/prisma/client";
import { formDefinitions, findForm } from "./definitions";
import { createDraft } from "./drafts";
import { draftPath } from "./paths";

/** The forms that can be filed at the counter (a callback is asked for at the counter by booking or calling, not filed). */
export const counterForms = () => formDefinitions.filter((form) => form.key !== "callback").map((form) => form.key);

/** Starts the form for the person in the door's transaction; the first page of the form, or null for an unknown form. */
export async function startFormAtCounter(
  tx: Prisma.TransactionClient,
  input: { formKey: string; staffId: string; citizenId: string },
): Promise<string | null> {
  const form = findForm(input.formKey);
  if (!form || form.key === "callback") return null;
  const token = await createDraft(
    { formKey: form.key, language: "de", assistedBy: { staffId: input.staffId, citizenId: input.citizenId } },
    new Date(),
    tx,
  );
  return draftPath(token, form.sections ? "tasks" : form.pages[0].key, "de");
}
