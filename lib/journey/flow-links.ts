// Where each channel's flow starts (docs/conventions.md, URL contract), without the locale prefix.
// The online part of a first application lives on the official external site.
import { toApiChannel } from "@/lib/channels";
import type { Channel } from "./situation";

export interface FlowTarget {
  /** A portal path (to be prefixed with the locale) or an absolute external URL. */
  href: string;
  external: boolean;
}

export function flowTarget(
  channel: Channel,
  requestType: { key: string; externalUrl: string | null },
  journeyId: string,
): FlowTarget {
  const journey = encodeURIComponent(journeyId);
  const key = encodeURIComponent(requestType.key);
  switch (channel) {
    case "online":
      if (requestType.externalUrl) return { href: requestType.externalUrl, external: true };
      return { href: `/forms/${key}?journey=${journey}`, external: false };
    case "phone":
      return { href: `/forms/callback?requestType=${key}&journey=${journey}`, external: false };
    case "video":
    case "in_person":
      return {
        href: `/appointments/new?requestType=${key}&channel=${toApiChannel(channel)}&journey=${journey}`,
        external: false,
      };
  }
}
