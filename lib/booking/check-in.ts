// The front desk's part of an appointment: find it by its reference (the QR code on the
// confirmation, or the reference read out or typed) and check the person in. Only a booked
// appointment can be checked in; doing it twice changes nothing. Each takes a client, so that the
// staff door can run them in the transaction that also records the audit event.
import { db } from "@/lib/db";
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

export type CheckInOutcome = "checked-in" | "already" | "not-possible";

export interface CheckInResult {
  outcome: CheckInOutcome;
  appointment: { id: string; citizenId: string };
}

async function checkInFound(
  client: Client,
  found: { id: string; citizenId: string },
  now: Date,
): Promise<CheckInResult> {
  const updated = await client.appointment.updateMany({
    where: { id: found.id, status: "booked" },
    data: { status: "checked_in", checkedInAt: now },
  });
  if (updated.count === 1) return { outcome: "checked-in", appointment: { id: found.id, citizenId: found.citizenId } };
  const current = await client.appointment.findUnique({ where: { id: found.id }, select: { status: true } });
  return {
    outcome: current?.status === "checked_in" ? "already" : "not-possible",
    appointment: { id: found.id, citizenId: found.citizenId },
  };
}

/** Checks the person in; null when no appointment has the reference. */
export async function checkIn(
  reference: string,
  options: { client?: Client; now?: Date } = {},
): Promise<CheckInResult | null> {
  const client = options.client ?? db;
  if (!isReference(reference)) return null;
  const found = await client.appointment.findUnique({ where: { reference }, select: { id: true, citizenId: true } });
  return found ? checkInFound(client, found, options.now ?? new Date()) : null;
}

/** Checks in the person whose scanned or typed code it is (referenceCandidates); null when it names no appointment. */
export async function checkInByCode(
  input: string,
  options: { client?: Client; now?: Date } = {},
): Promise<(CheckInResult & { reference: string }) | null> {
  const client = options.client ?? db;
  const found = await findAppointmentByCode(input, { client });
  if (!found) return null;
  return { ...(await checkInFound(client, found, options.now ?? new Date())), reference: found.reference };
}
