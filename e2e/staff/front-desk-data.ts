// Test data for the front desk specs, written straight into the e2e database: a location of the
// spec's own (open every day, two places per slot, one held back for the front desk) and
// appointments at any time and status, each with its own person.
import { createHash, randomBytes, randomInt } from "node:crypto";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { test } from "../fixtures";
import { query } from "./helpers";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

function reference(): string {
  const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The demo accounts that work at a spec's own location (staff see and act on their locations only). */
export const DEMO_DESK_STAFF = ["empfang@zugang.example", "beratung@zugang.example"] as const;

/**
 * A location only this test uses; its name sorts after the real ones in every list. It is one of
 * the locations of the demo front desk and caseworker accounts (or of the accounts named).
 */
export async function createDeskLocation(
  staffedBy: readonly string[] = DEMO_DESK_STAFF,
): Promise<{ id: string; name: string }> {
  const suffix = randomBytes(3).toString("hex");
  const name = `Zz Teststelle ${suffix}`;
  const [{ id }] = await query<{ id: string }>(
    "INSERT INTO location (id, slug, name, kind, is_demo, min_notice_minutes, horizon_days, updated_at) VALUES (gen_random_uuid(), $1, $2, 'physical', true, 0, 30, now()) RETURNING id::text",
    [`e2e-desk-${suffix}`, name],
  );
  await query(
    "INSERT INTO opening_hours (id, location_id, weekday, opens_at, closes_at, capacity, front_desk_reserve) SELECT gen_random_uuid(), $1::uuid, d, '06:00', '22:00', 2, 1 FROM generate_series(1, 7) AS d",
    [id],
  );
  await query(
    "INSERT INTO staff_location (staff_user_id, location_id) SELECT id, $1::uuid FROM staff_user WHERE email = ANY($2::text[])",
    [id, [...staffedBy]],
  );
  return { id, name };
}

export interface DeskAppointment {
  locationId: string;
  startsAt: Date;
  name: string;
  email?: string;
  status?: "booked" | "checked_in" | "cancelled";
  interpreterLanguage?: string;
  accessibilityNeeds?: string;
  /** the language of the appointment's messages ("de" unless given) */
  language?: string;
  /** booked at the counter by this staff member (an e-mail address of staff_user) */
  bookedByStaff?: string;
}

export async function storeDeskAppointment(appointment: DeskAppointment): Promise<{ id: string; reference: string }> {
  const [{ id: citizenId }] = await query<{ id: string }>(
    "INSERT INTO citizen (id, name, email, updated_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id::text",
    [appointment.name, appointment.email ?? null],
  );
  const staff = appointment.bookedByStaff
    ? (await query<{ id: string }>("SELECT id::text FROM staff_user WHERE email = $1", [appointment.bookedByStaff]))[0]
        ?.id
    : null;
  const ref = reference();
  const [{ id }] = await query<{ id: string }>(
    `INSERT INTO appointment (id, reference, request_type_key, channel, location_id, starts_at, ends_at, status, citizen_id, language, interpreter_language,
                              accessibility_needs, manage_token_hash, booked_by_staff_id, assistance, updated_at)
     VALUES (gen_random_uuid(), $1, 'change-report', 'in_person', $2::uuid, $3, $4, $5::"AppointmentStatus", $6::uuid, $12, $7, $8, $9, $10::uuid, $11::"Assistance", now())
     RETURNING id::text`,
    [
      ref,
      appointment.locationId,
      appointment.startsAt,
      new Date(appointment.startsAt.getTime() + 30 * 60_000),
      appointment.status ?? "booked",
      citizenId,
      appointment.interpreterLanguage ?? null,
      appointment.accessibilityNeeds ?? null,
      createHash("sha256").update(randomBytes(32)).digest("hex"),
      staff,
      staff ? "counter" : "self_service",
      appointment.language ?? "de",
    ],
  );
  // A booked appointment holds its places as a booking at the counter would (both of the slot's units).
  if ((appointment.status ?? "booked") === "booked") {
    const units = [0, 15].map((offset) => new Date(appointment.startsAt.getTime() + offset * 60_000).toISOString());
    await query("SELECT take_places($1::uuid, $2::text[]::timestamptz[], 2)", [appointment.locationId, units]);
  }
  return { id, reference: ref };
}

const MINUTE = 60_000;

/**
 * Times on today's Berlin date near now, for specs whose appointments must be "today" whatever the
 * hour they run at (the check-in asks first for any other day). The offsets (minutes from now) keep
 * their order and spacing and move together to stay inside today; `pastBy` asks that the earliest
 * lie at least that many minutes in the past. Just after midnight, or in the last minutes before it,
 * today cannot hold them: then this waits for the time at which it can (a real clock condition, not
 * a guess) and extends the test's timeout by the wait.
 */
export async function timesToday(
  offsets: number[],
  { pastBy, marginMinutes = 5 }: { pastBy?: number; marginMinutes?: number } = {},
): Promise<Date[]> {
  const earliestOffset = Math.min(...offsets);
  const span = (Math.max(...offsets) - earliestOffset) * MINUTE;
  for (;;) {
    const now = Date.now();
    const today = berlinDate(new Date(now));
    const start = berlinToUtc(today, "00:00").getTime() + MINUTE;
    const end = berlinToUtc(addDays(today, 1), "00:00").getTime() - MINUTE;
    let earliest = Math.max(now + earliestOffset * MINUTE, start);
    earliest = Math.min(earliest, end - span);
    const pastEnough = pastBy === undefined || earliest <= now - pastBy * MINUTE;
    const fits = earliest >= start && pastEnough && now <= end - marginMinutes * MINUTE;
    if (fits) return offsets.map((offset) => new Date(earliest + (offset - earliestOffset) * MINUTE));
    const needed = ((pastBy ?? 0) + 1) * MINUTE;
    const waitUntil = now > end - marginMinutes * MINUTE ? end + 2 * MINUTE + needed : start + needed;
    const wait = Math.max(waitUntil - now, 1000);
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

export async function appointmentRow(id: string) {
  const [row] = await query<{ status: string; starts_at: Date }>(
    "SELECT status::text, starts_at FROM appointment WHERE id = $1::uuid",
    [id],
  );
  return row;
}

export async function outboxKindsOf(id: string): Promise<string[]> {
  const rows = await query<{ kind: string }>(
    "SELECT kind FROM notification_outbox WHERE appointment_id = $1::uuid ORDER BY created_at",
    [id],
  );
  return rows.map((row) => row.kind);
}
