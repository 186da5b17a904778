"use server";
// Server actions of the booking pages: plain form posts that validate, call the same domain
// functions as the API, and redirect (post/redirect/get). Errors travel in the server-side draft.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { bookSlot, normalizeEmail, normalizePhone } from "./book";
import { deleteDraft, loadDraft, saveDraft, type DraftData } from "./drafts";
import { readDetails } from "./form-schema";
import { cancelAppointment, rescheduleAppointment, setVideoConsent } from "./manage";
import { bookingPath } from "./paths";
import { verifyProofOfWork } from "./proof-of-work";
import { clientIp, consumeLimits, limitsFor } from "./rate-limit";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function saveDetails(formData: FormData): Promise<void> {
  const { raw, errors } = readDetails(formData);
  const data: DraftData = { ...raw, channel: raw.channel === "video" ? "video" : "in_person", journeyId: raw.journeyId || undefined };
  const token = await saveDraft(data, errors, field(formData, "draft") || undefined);
  redirect(bookingPath(raw.locale, Object.keys(errors).length > 0 ? "/appointments/new/details" : "/appointments/new/check", { draft: token }));
}

export async function confirmBooking(formData: FormData): Promise<void> {
  const locale = field(formData, "locale") || "de";
  const draft = await loadDraft(field(formData, "draft"));
  if (!draft) redirect(bookingPath(locale, "/appointments/new/check", { expired: "1" }));
  const { data } = draft;
  const back = (errors: Record<string, string>) => saveDraft(data, errors, draft.token).then((token) => redirect(bookingPath(locale, "/appointments/new/check", { draft: token })));
  const ip = clientIp(await headers());
  const contacts = [normalizeEmail(data.email), normalizePhone(data.phone)].filter((c): c is string => !!c);
  // Without a solved proof of work (no JavaScript, or a bot), the stricter limit applies.
  const solved = await verifyProofOfWork(field(formData, "altcha"));
  try {
    await consumeLimits(limitsFor("book", { ip: solved ? ip : `nojs:${ip}`, trusted: false, contacts }).map((limit, index) => (index === 0 && !solved ? { ...limit, limit: Math.max(1, Math.floor(limit.limit / 2)) } : limit)));
  } catch (error) {
    if (error instanceof RateLimitedError) return back({ form: "rateLimited" });
    throw error;
  }
  let token: string | undefined;
  try {
    const result = await bookSlot(
      {
        requestType: data.requestType,
        channel: data.channel,
        locationId: data.locationId,
        start: new Date(data.start),
        person: { name: data.name, email: data.email || null, phone: data.phone || null, customerNumber: data.customerNumber || null },
        language: data.locale,
        interpreter: data.interpreter || null,
        accessibilityNeeds: data.accessibilityNeeds || null,
        note: data.note || null,
        videoConsent: data.videoConsent,
        journeyId: data.journeyId || null,
      },
      { idempotencyKey: draft.id, idempotencyScope: "web:appointments" },
    );
    token = result.manageToken;
    if (!token) return back({ form: "expired" });
  } catch (error) {
    if (error instanceof ConflictError && error.code === "slot-taken") {
      const nextSlots = ((error.details.nextSlots ?? []) as { start: string }[]).map((slot) => slot.start);
      const saved = await saveDraft({ ...data, nextSlots }, {}, draft.token);
      redirect(bookingPath(locale, "/appointments/new/taken", { draft: saved }));
    }
    if (error instanceof ConflictError && error.code === "too-many-appointments") return back({ form: "tooMany" });
    if (error instanceof ValidationError) return back({ form: "notBookable" });
    throw error;
  }
  await deleteDraft(draft.id);
  redirect(bookingPath(locale, `/appointments/manage/${token}`, { booked: "1" }));
}

/** After a race: take one of the offered next free times and go back to the check page. */
export async function chooseOtherTime(formData: FormData): Promise<void> {
  const locale = field(formData, "locale") || "de";
  const draft = await loadDraft(field(formData, "draft"));
  if (!draft) redirect(bookingPath(locale, "/appointments/new/check", { expired: "1" }));
  const start = field(formData, "start");
  if (!(draft.data.nextSlots ?? []).includes(start)) redirect(bookingPath(locale, "/appointments/new/taken", { draft: draft.token }));
  const token = await saveDraft({ ...draft.data, start, nextSlots: undefined }, {}, draft.token);
  redirect(bookingPath(locale, "/appointments/new/check", { draft: token }));
}

export async function rescheduleAction(formData: FormData): Promise<void> {
  const locale = field(formData, "locale") || "de";
  const token = field(formData, "token");
  const start = new Date(field(formData, "start"));
  const day = field(formData, "day");
  if (Number.isNaN(start.getTime())) redirect(bookingPath(locale, `/appointments/manage/${token}/reschedule`, { day }));
  try {
    await consumeLimits(limitsFor("book", { ip: clientIp(await headers()), trusted: false }));
    await rescheduleAppointment(token, start);
  } catch (error) {
    if (error instanceof ConflictError && error.code === "slot-taken") redirect(bookingPath(locale, `/appointments/manage/${token}/reschedule`, { day, taken: "1" }));
    if (error instanceof ValidationError) redirect(bookingPath(locale, `/appointments/manage/${token}/reschedule`, { day, taken: "1" }));
    if (error instanceof RateLimitedError) redirect(bookingPath(locale, `/appointments/manage/${token}/reschedule`, { day, limited: "1" }));
    if (error instanceof NotFoundError) redirect(bookingPath(locale, `/appointments/manage/${token}`));
    if (error instanceof ConflictError) redirect(bookingPath(locale, `/appointments/manage/${token}`));
    throw error;
  }
  redirect(bookingPath(locale, `/appointments/manage/${token}`, { done: "rescheduled" }));
}

export async function cancelAction(formData: FormData): Promise<void> {
  const locale = field(formData, "locale") || "de";
  const token = field(formData, "token");
  try {
    await cancelAppointment(token);
  } catch (error) {
    if (!(error instanceof NotFoundError) && !(error instanceof ConflictError)) throw error;
  }
  redirect(bookingPath(locale, `/appointments/manage/${token}`, { done: "cancelled" }));
}

export async function consentAction(formData: FormData): Promise<void> {
  const locale = field(formData, "locale") || "de";
  const token = field(formData, "token");
  try {
    await setVideoConsent(token, field(formData, "consent") === "yes");
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  redirect(bookingPath(locale, `/appointments/manage/${token}`));
}
