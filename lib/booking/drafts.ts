// Booking in progress on the web: the answers are kept on the server under a random token, so the
// URL carries only that token. Drafts live two hours; the worker's retention rules delete expired
// ones. What a draft holds is checked when it is read.
import { z } from "zod";
import type { Locale } from "@/i18n/routing";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BOOKING_ERROR_CODES, bookingRequestFields, personFields, startAsSent } from "./request";
import { hashToken, isSecretTokenShape, newSecretToken } from "@/lib/tokens";

const LIFETIME_MS = 2 * 3600_000;

/** Answers as typed: the draft keeps them, right or wrong, until the person corrects them. */
function answers<K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<K, z.ZodString>);
}

/**
 * What a draft holds: the chosen time and place as the pages set them (checked as strictly as the
 * booking request does), and the person's answers as typed. A stored draft that does not fit (a bad
 * start, a field missing, an older shape) reads as expired, never as an error.
 */
const draftData = bookingRequestFields
  .pick({ requestType: true, channel: true, locationId: true, language: true, journeyId: true })
  .extend({
    start: startAsSent,
    person: answers(personFields.keyof().options),
    ...answers([
      "interpreter",
      "accessibilityNeeds",
      "note",
    ] as const satisfies readonly (keyof typeof bookingRequestFields.shape)[]).shape,
    videoConsent: z.boolean(),
    /** after a race: the next free starts offered instead */
    nextSlots: z.array(startAsSent).optional(),
  });

export type DraftData = z.output<typeof draftData>;

/** The messages a draft can carry: the gate's codes and the notices of a refused booking (keys in booking.errors). */
export const DRAFT_ERROR_CODES = [...BOOKING_ERROR_CODES, "expired", "tooMany", "rateLimited"] as const;

/** field → message key in booking.errors */
const draftErrors = z.record(z.string(), z.enum(DRAFT_ERROR_CODES));
export type DraftErrors = z.output<typeof draftErrors>;

export interface Draft {
  id: string;
  token: string;
  data: DraftData;
  errors: DraftErrors;
}

/** A new booking's draft from the chosen time and place (values from a URL); null when they do not fit. */
export function newDraftData(choice: {
  requestType?: string;
  channel: string | null;
  locationId?: string;
  start?: string;
  journeyId?: string;
  language: Locale;
}): DraftData | null {
  const person = { name: "", email: "", phone: "", customerNumber: "" };
  const parsed = draftData.safeParse({
    ...choice,
    person,
    interpreter: "",
    accessibilityNeeds: "",
    note: "",
    videoConsent: false,
  });
  return parsed.success ? parsed.data : null;
}

export async function saveDraft(
  data: DraftData,
  errors: DraftErrors,
  token?: string,
  client: PrismaClient = db,
): Promise<string> {
  const expiresAt = new Date(Date.now() + LIFETIME_MS);
  if (token && isSecretTokenShape(token, "appointment")) {
    const updated = await client.bookingDraft.updateMany({
      where: { tokenHash: hashToken(token), expiresAt: { gt: new Date() } },
      data: { data: { ...data }, errors, expiresAt },
    });
    if (updated.count > 0) return token;
  }
  const fresh = newSecretToken("appointment");
  await client.bookingDraft.create({ data: { tokenHash: hashToken(fresh), data: { ...data }, errors, expiresAt } });
  return fresh;
}

export async function loadDraft(token: string | undefined, client: PrismaClient = db): Promise<Draft | null> {
  if (!token || !isSecretTokenShape(token, "appointment")) return null;
  const row = await client.bookingDraft.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.expiresAt.getTime() < Date.now()) return null;
  const data = draftData.safeParse(row.data);
  const errors = draftErrors.safeParse(row.errors ?? {});
  if (!data.success || !errors.success) return null;
  return { id: row.id, token, data: data.data, errors: errors.data };
}

export async function deleteDraft(id: string, client: PrismaClient = db): Promise<void> {
  await client.bookingDraft.deleteMany({ where: { id } });
}
