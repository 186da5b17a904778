// The channels and their names, in one table. The database (Prisma's Channel enum) and TypeScript
// write in_person; the API, URLs and query strings write in-person. Every conversion below is read
// from CHANNEL_NAMES, so a channel is renamed or added here and nowhere else.
import type { Channel as DatabaseChannel } from "@/lib/generated/prisma/enums";

/** Database name → API and URL name. */
const CHANNEL_NAMES = {
  online: "online",
  video: "video",
  in_person: "in-person",
  phone: "phone",
} as const satisfies Record<DatabaseChannel, string>;

type Names = typeof CHANNEL_NAMES;
export type Channel = keyof Names;
export type ApiChannel<C extends Channel = Channel> = Names[C];

/** The database names in the order the product lists them. */
export const channels = Object.keys(CHANNEL_NAMES) as [Channel, ...Channel[]];
/** The same channels by their API names. */
export const apiChannels = channels.map((channel) => CHANNEL_NAMES[channel]) as [ApiChannel, ...ApiChannel[]];

/** The channels an appointment can be booked for (the others are a form or a callback). */
export const bookingChannels = ["video", "in_person"] as const satisfies readonly Channel[];
export type BookingChannel = (typeof bookingChannels)[number];
export const apiBookingChannels = bookingChannels.map((channel) => CHANNEL_NAMES[channel]) as [
  ApiChannel<BookingChannel>,
  ...ApiChannel<BookingChannel>[],
];

const BY_API_NAME = new Map<string, Channel>(channels.map((channel) => [CHANNEL_NAMES[channel], channel]));
type DatabaseNameOf<A extends ApiChannel> = { [C in Channel]: Names[C] extends A ? C : never }[Channel];

export function toApiChannel<C extends Channel>(channel: C): ApiChannel<C> {
  return CHANNEL_NAMES[channel];
}

/** The database name of an API name the schema has already checked. */
export function toDbChannel<A extends ApiChannel>(name: A): DatabaseNameOf<A> {
  return BY_API_NAME.get(name) as DatabaseNameOf<A>;
}

/** A channel from a URL or request: only its API name counts ("in_person" there is no channel). */
export function fromApiChannel(value: string | undefined): Channel | null {
  return (value !== undefined && BY_API_NAME.get(value)) || null;
}

export function isBookingChannel(channel: string): channel is BookingChannel {
  return (bookingChannels as readonly string[]).includes(channel);
}

/** A bookable channel from a URL, by its API name; anything else is none. */
export function bookingChannelFromUrl(value: string | undefined): BookingChannel | null {
  const channel = fromApiChannel(value);
  return channel && isBookingChannel(channel) ? channel : null;
}
