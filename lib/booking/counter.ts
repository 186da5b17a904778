// The front desk's slot: the next free one at a location for a request type, the places held back
// for the front desk included (citizens' listings, pages and API, never count them) and without the
// online minimum notice. The channel follows the location: a physical one in person, the virtual
// one by video.
import { z } from "zod";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, berlinDate } from "@/lib/time";
import type { Slot } from "./availability";
import { parseWith, requestTypeKey } from "./request";
import { findLocation, searchSlots } from "./slots";

/** The slot search's longest range (searchSlots refuses more at once). */
const MAX_DAYS_AHEAD = 62;

const counterQuery = z.object({ locationId: z.uuid("notBookable"), requestType: requestTypeKey });

/** The next free slot for staff (reserve included) from `now` up to the location's horizon, or null. */
export async function nextFreeSlotForCounter(locationId: string, requestType: string, now: Date = new Date(), client: PrismaClient = db): Promise<Slot | null> {
  const query = parseWith(counterQuery, { locationId, requestType });
  const location = await findLocation(client, query.locationId);
  const from = berlinDate(now);
  const to = addDays(from, Math.min(location.horizonDays, MAX_DAYS_AHEAD));
  const channel = location.kind === "virtual" ? "video" : "in_person";
  const [slot] = await searchSlots({ requestType: query.requestType, channel, locationId: location.id, from, to, frontDesk: true }, { client, now, limit: 1 });
  return slot ?? null;
}
