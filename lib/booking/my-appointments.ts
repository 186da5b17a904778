// A caseworker's appointments (/staff/appointments): today's first, then the next days, at the
// locations the caseworker works at (the staff room's location scoping names them; the virtual
// location holds the video appointments). Each with the person, and for video the room link — the same room
// as the person's — open from JOIN_OPENS_MINUTES before the start until the end.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
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

/** The booked and checked-in appointments at these locations (null: every one) from today (Berlin) for `days` days. */
export async function appointmentsOf(
  locationIds: readonly string[] | null,
  now: Date,
  days = 7,
  client: PrismaClient = db,
): Promise<OwnAppointment[]> {
  const today = berlinDate(now);
  const from = berlinToUtc(today, "00:00");
  const until = berlinToUtc(addDays(today, days), "00:00");
  const rows = await client.appointment.findMany({
    where: {
      startsAt: { gte: from, lt: until },
      status: { in: ["booked", "checked_in"] },
      ...(locationIds ? { locationId: { in: [...locationIds] } } : {}),
    },
    orderBy: { startsAt: "asc" },
    take: 300,
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
  });
  return Promise.all(
    rows.map(async (row) => {
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
}
