// "Not sure? Talk to a person": the booking links for the same request type, in person always and
// by video where the request type allows it (read from the request_type table).
import { toApiChannel, type ApiChannel } from "@/lib/channels";
import { db } from "@/lib/db";
import { isRequestTypeKey } from "@/lib/journey";

export interface PersonOption {
  channel: ApiChannel<"in_person" | "video">;
  /** Query of /appointments/new (docs/conventions.md). */
  query: string;
}

export async function talkToPersonOptions(requestTypeKey: string, journeyId?: string): Promise<PersonOption[]> {
  const row = isRequestTypeKey(requestTypeKey)
    ? await db.requestType.findUnique({ where: { key: requestTypeKey }, select: { allowedChannels: true } })
    : null;
  const journey = journeyId ? `&journey=${encodeURIComponent(journeyId)}` : "";
  const link = (channel: PersonOption["channel"]) =>
    `requestType=${encodeURIComponent(requestTypeKey)}&channel=${channel}${journey}`;
  // In person is always offered, whatever the request type says (digital must not restrict personal contact).
  const option = (channel: "in_person" | "video"): PersonOption => ({
    channel: toApiChannel(channel),
    query: link(toApiChannel(channel)),
  });
  const options: PersonOption[] = [option("in_person")];
  if (row?.allowedChannels.includes("video")) options.push(option("video"));
  return options;
}

/** A callback can be asked for a request type that exists, is active and is handled by phone. */
export async function callbackRequestTypeAllowed(key: string): Promise<boolean> {
  if (!isRequestTypeKey(key)) return false;
  const row = await db.requestType.findUnique({ where: { key }, select: { allowedChannels: true, active: true } });
  return Boolean(row?.active && row.allowedChannels.includes("phone"));
}

/** The online form of a request type is offered while the type is active and allows the online channel (an admin may switch it off). */
export async function onlineFormOffered(key: string): Promise<boolean> {
  if (!isRequestTypeKey(key)) return false;
  const row = await db.requestType.findUnique({ where: { key }, select: { allowedChannels: true, active: true } });
  return Boolean(row?.active && row.allowedChannels.includes("online"));
}
