// Channels are written in_person in the database and TypeScript, in-person in URLs and the API.
import { channels, type Channel } from "./situation";

export const apiChannels = ["online", "video", "in-person", "phone"] as const;
export type ApiChannel = (typeof apiChannels)[number];

export function toApiChannel(channel: Channel): ApiChannel {
  return channel === "in_person" ? "in-person" : channel;
}

export function fromApiChannel(value: string): Channel | null {
  const channel = value === "in-person" ? "in_person" : value;
  return (channels as readonly string[]).includes(channel) && value !== "in_person" ? (channel as Channel) : null;
}
