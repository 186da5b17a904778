// What the booking pages' plain form posts do. Each function reads the posted form, calls the same
// domain functions as the API, and returns the page to go to next; the route handlers under
// app/[locale]/appointments/ answer with 303 See Other to it (post/redirect/get). Errors travel in
// the server-side draft or in the query of that page, so bad input never ends in an error page.
import type { Locale } from "@/i18n/routing";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/errors";
import { IDEMPOTENCY_SCOPES } from "@/lib/idempotency";
import { isCalendarDay } from "@/lib/validation";
import { bookSlot, normalizeEmail, normalizePhone } from "./book";
import { deleteDraft, loadDraft, saveDraft, type DraftErrors } from "./drafts";
import { pageErrors, readDetails } from "./form-schema";
import { cancelAppointment, rescheduleAppointment, setVideoConsent } from "./manage";
import { bookingPath } from "./paths";
import { verifyProofOfWork } from "./proof-of-work";
import { clientIp, consumeLimits, limitsFor } from "./rate-limit";

/** The page's language, and for the rate limits the request's headers (the client address). */
export interface BookingPost {
  locale: Locale;
  headers: Headers;
}

/** A post under the private manage link: the token is the link's. */
export interface ManagePost extends BookingPost {
  token: string;
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The details form: errors go back to it (kept in the draft), valid answers on to the check page. */
export async function saveDetails(formData: FormData, { locale }: Pick<BookingPost, "locale">): Promise<string> {
  const { data, errors } = readDetails(formData, locale);
  const token = await saveDraft(data, errors, field(formData, "draft") || undefined);
  return bookingPath(locale, Object.keys(errors).length > 0 ? "/appointments/new/details" : "/appointments/new/check", {
    draft: token,
  });
}

/** Errors at the answers' fields, not only a notice for the whole form (a refused booking's reason). */
const hasFieldErrors = (errors: DraftErrors) => Object.keys(errors).some((field) => field !== "form");

/**
 * Books the draft once (the draft id is the idempotency key) if it passes the booking's gate; else
 * back to the details page with the answers' errors, or to the check page with the reason.
 */
export async function confirmBooking(formData: FormData, { locale, headers }: BookingPost): Promise<string> {
  const draft = await loadDraft(field(formData, "draft"));
  if (!draft) return bookingPath(locale, "/appointments/new/check", { expired: "1" });
  const { data } = draft;
  const back = async (errors: DraftErrors, page = "/appointments/new/check") =>
    bookingPath(locale, page, { draft: await saveDraft(data, errors, draft.token) });
  // Answers the details page refused stay refused until the person corrects them there.
  if (hasFieldErrors(draft.errors)) return bookingPath(locale, "/appointments/new/details", { draft: draft.token });
  const ip = clientIp(headers);
  const contacts = [normalizeEmail(data.person.email), normalizePhone(data.person.phone)].filter(
    (c): c is string => !!c,
  );
  // Without a solved proof of work (no JavaScript, or a bot), the stricter limit applies.
  const solved = await verifyProofOfWork(field(formData, "altcha"));
  try {
    await consumeLimits(
      limitsFor("book", { ip: solved ? ip : `nojs:${ip}`, trusted: false, contacts }).map((limit, index) =>
        index === 0 && !solved ? { ...limit, limit: Math.max(1, Math.floor(limit.limit / 2)) } : limit,
      ),
    );
  } catch (error) {
    if (error instanceof RateLimitedError) return back({ form: "rateLimited" });
    throw error;
  }
  let token: string | undefined;
  try {
    const result = await bookSlot(
      { ...data, start: new Date(data.start) },
      { idempotencyKey: draft.id, idempotencyScope: IDEMPOTENCY_SCOPES.webAppointments },
    );
    token = result.manageToken;
    if (!token) return back({ form: "expired" });
  } catch (error) {
    if (error instanceof ConflictError && error.code === "slot-taken") {
      const nextSlots = ((error.details.nextSlots ?? []) as { start: string }[]).map((slot) => slot.start);
      const saved = await saveDraft({ ...data, nextSlots }, {}, draft.token);
      return bookingPath(locale, "/appointments/new/taken", { draft: saved });
    }
    if (error instanceof ConflictError && error.code === "too-many-appointments") return back({ form: "tooMany" });
    if (error instanceof ValidationError) {
      // Answers the gate refuses go back to their fields; a time that cannot be booked to the check page.
      const errors = pageErrors(error.fields);
      return back(errors, hasFieldErrors(errors) ? "/appointments/new/details" : "/appointments/new/check");
    }
    throw error;
  }
  await deleteDraft(draft.id);
  return bookingPath(locale, `/appointments/manage/${token}`, { booked: "1" });
}

/** After a race: take one of the offered next free times and go back to the check page. */
export async function chooseOtherTime(formData: FormData, { locale }: Pick<BookingPost, "locale">): Promise<string> {
  const draft = await loadDraft(field(formData, "draft"));
  if (!draft) return bookingPath(locale, "/appointments/new/check", { expired: "1" });
  const start = field(formData, "start");
  if (!(draft.data.nextSlots ?? []).includes(start))
    return bookingPath(locale, "/appointments/new/taken", { draft: draft.token });
  const token = await saveDraft({ ...draft.data, start, nextSlots: undefined }, {}, draft.token);
  return bookingPath(locale, "/appointments/new/check", { draft: token });
}

/** Moves the appointment to the chosen time; a time gone or a limit reached goes back to the choice. */
export async function confirmReschedule(formData: FormData, { locale, token, headers }: ManagePost): Promise<string> {
  const start = new Date(field(formData, "start"));
  const day = isCalendarDay(field(formData, "day")) ? field(formData, "day") : undefined;
  const choice = (query: Record<string, string | undefined>) =>
    bookingPath(locale, `/appointments/manage/${token}/reschedule`, { day, ...query });
  if (Number.isNaN(start.getTime())) return choice({});
  try {
    await consumeLimits(limitsFor("book", { ip: clientIp(headers), trusted: false }));
    await rescheduleAppointment(token, start);
  } catch (error) {
    if (error instanceof ConflictError && error.code === "slot-taken") return choice({ taken: "1" });
    if (error instanceof ValidationError) return choice({ taken: "1" });
    if (error instanceof RateLimitedError) return choice({ limited: "1" });
    if (error instanceof NotFoundError || error instanceof ConflictError)
      return bookingPath(locale, `/appointments/manage/${token}`);
    throw error;
  }
  return bookingPath(locale, `/appointments/manage/${token}`, { done: "rescheduled" });
}

/** Cancels; an appointment already cancelled or unknown just shows the manage page. */
export async function confirmCancel({ locale, token }: Pick<ManagePost, "locale" | "token">): Promise<string> {
  try {
    await cancelAppointment(token);
  } catch (error) {
    if (!(error instanceof NotFoundError) && !(error instanceof ConflictError)) throw error;
  }
  return bookingPath(locale, `/appointments/manage/${token}`, { done: "cancelled" });
}

/** Gives or withdraws the consent to the video conversation. */
export async function changeVideoConsent(
  formData: FormData,
  { locale, token }: Pick<ManagePost, "locale" | "token">,
): Promise<string> {
  try {
    await setVideoConsent(token, field(formData, "consent") === "yes");
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  return bookingPath(locale, `/appointments/manage/${token}`);
}
