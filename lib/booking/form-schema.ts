// The web booking form's fields, validated with zod; messages are keys in booking.errors.
import { z } from "zod";
import { phonePattern } from "./api-schemas";

const text = (max: number) => z.string().trim().max(max, "tooLong");

export const detailsForm = z
  .object({
    requestType: z.string().min(1).max(64),
    channel: z.enum(["video", "in_person"]),
    locationId: z.uuid(),
    start: z.iso.datetime({ offset: true }),
    journeyId: z.union([z.uuid(), z.literal("")]).optional(),
    locale: z.string().min(2).max(8),
    name: z.string().trim().min(1, "name").max(200, "tooLong"),
    email: z.union([z.literal(""), z.email("email").max(254, "tooLong")]),
    phone: z.union([z.literal(""), z.string().trim().regex(phonePattern, "phone")]),
    customerNumber: text(40),
    interpreter: text(40),
    accessibilityNeeds: text(500),
    note: text(1000),
    videoConsent: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (!value.email && !value.phone) ctx.addIssue({ code: "custom", path: ["email"], message: "contact" });
    if (value.channel === "video" && !value.videoConsent) ctx.addIssue({ code: "custom", path: ["videoConsent"], message: "consent" });
  });

const VISIBLE_FIELDS = new Set(["name", "email", "phone", "customerNumber", "interpreter", "accessibilityNeeds", "note", "videoConsent"]);

export type DetailsForm = z.infer<typeof detailsForm>;

/** The posted details in the page's language (the language of the booking's messages), checked. */
export function readDetails(formData: FormData, locale: string) {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const raw = {
    requestType: field("requestType"),
    channel: field("channel"),
    locationId: field("locationId"),
    start: field("start"),
    journeyId: field("journeyId"),
    locale,
    name: field("name"),
    email: field("email"),
    phone: field("phone"),
    customerNumber: field("customerNumber"),
    interpreter: field("interpreter"),
    accessibilityNeeds: field("accessibilityNeeds"),
    note: field("note"),
    videoConsent: formData.get("videoConsent") === "yes",
  };
  const parsed = detailsForm.safeParse(raw);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      // Hidden fields (time, place) only go wrong when tampered with or stale: a form-level message.
      if (VISIBLE_FIELDS.has(field)) errors[field] ??= issue.message;
      else errors.form ??= "notBookable";
    }
  }
  return { raw, errors, ok: parsed.success };
}
