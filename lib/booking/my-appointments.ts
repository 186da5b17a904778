// A caseworker's appointments (/staff/appointments): from a first to a last day (today and the six
// days after unless chosen), in order of their start, at the locations the caseworker works at (the
// staff room's location scoping names them; the virtual location holds the video appointments),
// paged by keyset (starts_at, id) with the total. Each with the person, and for video the room link — the same room
// as the person's — open from JOIN_OPENS_MINUTES before the start until the end.
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { finishPage, keysetOrder, keysetPlan, keysetWhere, type ListPage, type PageRequest } from "@/lib/list-query";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { canJoin, videoUrl } from "./video";

export interface OwnAppointment {
  id: string;
  reference: string;
  startsAt: Date;
  endsAt: Date;
  channel: "video" | "in_person";
  status: string;
  location: string;
  requestTypeKey: string;
  person: { id: string; name: string };
  interpreterLanguage: string | null;
  /** the video room's link (video only) */
  roomUrl: string | null;
  /** whether the room is open now */
  joinable: boolean;
}

/** The days shown when none are chosen: today and the six after. */
export const OWN_APPOINTMENT_DAYS = 7;

/** The days of the list (YYYY-MM-DD, Berlin, both included). */
export interface OwnAppointmentDays {
  from?: string;
  to?: string;
}

/** The range in force: the days chosen, else from today for OWN_APPOINTMENT_DAYS days; a last day before the first is the first. */
export function ownAppointmentDays(now: Date, days: OwnAppointmentDays = {}): { from: string; to: string } {
  const from = days.from ?? berlinDate(now);
  const to = days.to ?? addDays(from, OWN_APPOINTMENT_DAYS - 1);
  return { from, to: to < from ? from : to };
}

/** One page of the booked and checked-in appointments at these locations (null: every one) in the days given, by start, with the total. */
export async function appointmentsOf(
  locationIds: readonly string[] | null,
  now: Date,
  days: OwnAppointmentDays = {},
  page: PageRequest = {},
  client: PrismaClient = db,
): Promise<ListPage<OwnAppointment>> {
  const range = ownAppointmentDays(now, days);
  const where: Prisma.AppointmentWhereInput = {
    startsAt: { gte: berlinToUtc(range.from, "00:00"), lt: berlinToUtc(addDays(range.to, 1), "00:00") },
    status: { in: ["booked", "checked_in"] },
    ...(locationIds ? { locationId: { in: [...locationIds] } } : {}),
  };
  const plan = keysetPlan(page, "asc");
  const after = keysetWhere<Prisma.AppointmentWhereInput>("startsAt", plan);
  const [total, fetched] = await Promise.all([
    client.appointment.count({ where }),
    client.appointment.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: keysetOrder("startsAt", plan),
      take: plan.take,
      select: {
        id: true,
        reference: true,
        startsAt: true,
        endsAt: true,
        channel: true,
        status: true,
        requestTypeKey: true,
        interpreterLanguage: true,
        roomName: true,
        location: { select: { name: true } },
        citizen: { select: { id: true, name: true } },
      },
    }),
  ]);
  const shown = finishPage(fetched, plan, (row) => ({ at: row.startsAt, id: row.id }));
  const rows = await Promise.all(
    shown.rows.map(async (row) => {
      const window = { startsAt: row.startsAt, endsAt: row.endsAt };
      const video = row.channel === "video" && row.roomName !== null;
      return {
        id: row.id,
        reference: row.reference,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        channel: row.channel === "video" ? "video" : "in_person",
        status: row.status,
        location: row.location.name,
        requestTypeKey: row.requestTypeKey,
        person: row.citizen,
        interpreterLanguage: row.interpreterLanguage,
        roomUrl: video ? await videoUrl(row.roomName!, window) : null,
        joinable: video && canJoin(now, window),
      } satisfies OwnAppointment;
    }),
  );
  return { ...shown, total, rows };
}
