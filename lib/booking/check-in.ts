// The front desk's part of an appointment: find it by its reference (the QR code on the
// confirmation, or the reference read out or typed) and check the person in. Only a booked
// appointment can be checked in; doing it twice changes nothing. Each takes a client, so that the
// staff door can run them in the transaction that also records the audit event.
import { db } from "@/lib/db";
import { berlinDate } from "@/lib/time";
import { isUuid } from "@/lib/validation";
import type { Client } from "./client";

/** References are letters, digits and dashes; anything else names no appointment. */
const isReference = (reference: string) => /^[A-Za-z0-9-]{1,40}$/.test(reference);

const include = { citizen: true, location: true, requestType: true } as const;

export async function findAppointmentByReference(reference: string, options: { client?: Client } = {}) {
  if (!isReference(reference)) return null;
  return (options.client ?? db).appointment.findUnique({ where: { reference }, include });
}

/** An appointment by its id (the front desk's row actions name it so); null for anything else. */
export async function findAppointmentById(id: string, options: { client?: Client } = {}) {
  if (!isUuid(id)) return null;
  return (options.client ?? db).appointment.findUnique({ where: { id }, include });
}

const CHECK_IN_PATH = "/staff/check-in/";

/**
 * What a hand scanner types from the confirmation's QR code (the address `…/staff/check-in/K7PX-3MHQ`)
 * or a person types from the paper: the stored references it may stand for. Case, spaces and the
 * dash do not matter ("k7px 3mhq", "K7PX3MHQ"); typing dashes of another kind (– —) is no error either.
 */
export function referenceCandidates(input: string): string[] {
  let text = input.trim();
  const path = text.toLowerCase().lastIndexOf(CHECK_IN_PATH);
  if (path >= 0) text = text.slice(path + CHECK_IN_PATH.length).split(/[/?#]/)[0];
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray % is read as it is.
  }
  const compact = text.replace(/\s+/g, "").replace(/[\u2010-\u2015\u2212]/g, "-");
  const upper = compact.toUpperCase();
  const bare = upper.replace(/-/g, "");
  const candidates = [compact, upper];
  // The reference format: two groups of four (K7PX-3MHQ; the demo data's DEMO-0001 alike).
  if (/^[A-Z0-9]{8}$/.test(bare)) candidates.push(`${bare.slice(0, 4)}-${bare.slice(4)}`);
  return [...new Set(candidates.filter(isReference))];
}

/** The appointment a scanned or typed code names, or null. */
export async function findAppointmentByCode(input: string, options: { client?: Client } = {}) {
  const candidates = referenceCandidates(input);
  if (candidates.length === 0) return null;
  return (options.client ?? db).appointment.findFirst({ where: { reference: { in: candidates } }, include });
}

/** "other-day": the appointment is booked for another day and the check-in was not confirmed for it. */
export type CheckInOutcome = "checked-in" | "already" | "not-possible" | "other-day";

export interface CheckInResult {
  outcome: CheckInOutcome;
  appointment: { id: string; citizenId: string };
}

export interface CheckInOptions {
  client?: Client;
  now?: Date;
  /** the front desk confirmed checking in an appointment that is not today */
  otherDayConfirmed?: boolean;
}

type Found = { id: string; citizenId: string; startsAt: Date; status: string };

async function checkInFound(client: Client, found: Found, options: CheckInOptions): Promise<CheckInResult> {
  const now = options.now ?? new Date();
  const appointment = { id: found.id, citizenId: found.citizenId };
  // A scanned code of tomorrow's sheet is an easy mistake at a busy counter: nothing changes until
  // the front desk has seen the day and confirmed it.
  if (found.status === "booked" && berlinDate(found.startsAt) !== berlinDate(now) && !options.otherDayConfirmed)
    return { outcome: "other-day", appointment };
  const updated = await client.appointment.updateMany({
    where: { id: found.id, status: "booked" },
    data: { status: "checked_in", checkedInAt: now },
  });
  if (updated.count === 1) return { outcome: "checked-in", appointment };
  const current = await client.appointment.findUnique({ where: { id: found.id }, select: { status: true } });
  return { outcome: current?.status === "checked_in" ? "already" : "not-possible", appointment };
}

const foundFields = { id: true, citizenId: true, startsAt: true, status: true } as const;

/** Checks the person in; null when no appointment has the reference. */
export async function checkIn(reference: string, options: CheckInOptions = {}): Promise<CheckInResult | null> {
  const client = options.client ?? db;
  if (!isReference(reference)) return null;
  const found = await client.appointment.findUnique({ where: { reference }, select: foundFields });
  return found ? checkInFound(client, found, options) : null;
}

/** Checks in the person whose scanned or typed code it is (referenceCandidates); null when it names no appointment. */
export async function checkInByCode(
  input: string,
  options: CheckInOptions = {},
): Promise<(CheckInResult & { reference: string }) | null> {
  const client = options.client ?? db;
  const found = await findAppointmentByCode(input, { client });
  if (!found) return null;
  return { ...(await checkInFound(client, found, options)), reference: found.reference };
}

const otherDayFormat = new Intl.DateTimeFormat("de-DE", {
  weekday: "long",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Europe/Berlin",
});

/** The question before checking in on another day: "Dieser Termin ist am Dienstag, 08.12.2026 — trotzdem einchecken?" */
export function otherDayQuestion(startsAt: Date): string {
  return `Dieser Termin ist am ${otherDayFormat.format(startsAt)} — trotzdem einchecken?`;
}

/** Whether the appointment is booked for a day other than today (Berlin). */
export const isOtherDay = (startsAt: Date, now: Date = new Date()) => berlinDate(startsAt) !== berlinDate(now);
