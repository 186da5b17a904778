// The front desk's day: every in-person appointment of one Berlin calendar day at a location, in
// order of time, with who it is for, what for, what they need and who booked it, and the counts per
// status. Two queries whatever the number of appointments (the location, and the day's rows with
// their person, request type and staff member joined), served by appointment(location_id, starts_at).
import { z } from "zod";
import { db, driverPool } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { AppointmentStatus, Assistance } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, berlinTime, berlinToUtc } from "@/lib/time";
import { calendarDay } from "@/lib/validation";
import { parseWith } from "./request";

export const APPOINTMENT_STATUSES = [
  "booked",
  "checked_in",
  "completed",
  "no_show",
  "cancelled",
] as const satisfies readonly AppointmentStatus[];

export interface DayAppointment {
  id: string;
  reference: string;
  startsAt: Date;
  endsAt: Date;
  /** HH:MM, Berlin */
  time: string;
  citizenId: string;
  name: string;
  customerNumber: string | null;
  requestType: string;
  /** the request type's German title (staff pages are German) */
  requestTypeTitle: string;
  language: string;
  interpreterLanguage: string | null;
  accessibilityNeeds: string | null;
  status: AppointmentStatus;
  checkedInAt: Date | null;
  /** self_service: by the person; counter, phone: by the staff member named (null once the account is gone) */
  bookedBy: { assistance: Assistance; staffUserId: string | null; staffName: string | null };
}

export interface DayAtLocation {
  location: { id: string; name: string };
  /** YYYY-MM-DD, Berlin */
  day: string;
  appointments: DayAppointment[];
  counts: Record<AppointmentStatus, number> & { total: number };
}

const dayQuery = z.object({ locationId: z.uuid("Unknown location."), day: calendarDay() });

// Straight to the driver (as the booking does, lib/db.ts): 600 rows through Prisma's raw-query
// layer cost more CPU than the query itself.
const DAY_QUERY = `
  SELECT a.id::text, a.reference, a.starts_at, a.ends_at, a.citizen_id::text, c.name, c.customer_number,
         a.request_type_key, r.title ->> 'de' AS request_type_title, a.language, a.interpreter_language,
         a.accessibility_needs, a.status::text, a.checked_in_at, a.assistance::text, a.booked_by_staff_id::text, s.name AS staff_name
    FROM appointment a
    JOIN citizen c ON c.id = a.citizen_id
    JOIN request_type r ON r.key = a.request_type_key
    LEFT JOIN staff_user s ON s.id = a.booked_by_staff_id
   WHERE a.location_id = $1::uuid AND a.starts_at >= $2 AND a.starts_at < $3 AND a.channel = 'in_person'
   ORDER BY a.starts_at, c.name, a.reference`;

interface Row {
  id: string;
  reference: string;
  starts_at: Date;
  ends_at: Date;
  citizen_id: string;
  name: string;
  customer_number: string | null;
  request_type_key: string;
  request_type_title: string | null;
  language: string;
  interpreter_language: string | null;
  accessibility_needs: string | null;
  status: AppointmentStatus;
  checked_in_at: Date | null;
  assistance: Assistance;
  booked_by_staff_id: string | null;
  staff_name: string | null;
}

/** The day's in-person appointments at a location (a bad id or day: ValidationError; unknown location: NotFoundError). */
export async function dayAtLocation(
  locationId: string,
  day: string,
  client: PrismaClient = db,
): Promise<DayAtLocation> {
  const query = parseWith(dayQuery, { locationId, day });
  // Midnight to midnight in Berlin: 23 or 25 hours on the days the clocks change.
  const from = berlinToUtc(query.day, "00:00");
  const to = berlinToUtc(addDays(query.day, 1), "00:00");
  const [location, rows] = await Promise.all([
    client.location.findUnique({ where: { id: query.locationId }, select: { id: true, name: true } }),
    driverPool(client)
      .query<Row>(DAY_QUERY, [query.locationId, from, to])
      .then((result) => result.rows),
  ]);
  if (!location) throw new NotFoundError("location");
  const counts = Object.fromEntries([
    ...APPOINTMENT_STATUSES.map((status) => [status, 0]),
    ["total", rows.length],
  ]) as DayAtLocation["counts"];
  const appointments = rows.map((row): DayAppointment => {
    counts[row.status] += 1;
    return {
      id: row.id,
      reference: row.reference,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      time: berlinTime(row.starts_at),
      citizenId: row.citizen_id,
      name: row.name,
      customerNumber: row.customer_number,
      requestType: row.request_type_key,
      requestTypeTitle: row.request_type_title ?? row.request_type_key,
      language: row.language,
      interpreterLanguage: row.interpreter_language,
      accessibilityNeeds: row.accessibility_needs,
      status: row.status,
      checkedInAt: row.checked_in_at,
      bookedBy: { assistance: row.assistance, staffUserId: row.booked_by_staff_id, staffName: row.staff_name },
    };
  });
  return { location, day: query.day, appointments, counts };
}
