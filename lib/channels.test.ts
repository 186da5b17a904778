import { describe, expect, it } from "vitest";
import {
  apiBookingChannels,
  apiChannels,
  bookingChannelFromUrl,
  channels,
  fromApiChannel,
  isBookingChannel,
  toApiChannel,
  toDbChannel,
} from "@/lib/channels";
import { Channel as DatabaseChannel } from "@/lib/generated/prisma/enums";

describe("one table of channel names", () => {
  it("names every database channel, in the product's order", () => {
    expect([...channels].sort()).toEqual(Object.values(DatabaseChannel).sort());
    expect(channels).toEqual(["online", "video", "in_person", "phone"]);
    expect(apiChannels).toEqual(["online", "video", "in-person", "phone"]);
    expect(apiBookingChannels).toEqual(["video", "in-person"]);
  });

  it("converts both ways, and the way back undoes the way there", () => {
    for (const channel of channels) {
      expect(fromApiChannel(toApiChannel(channel))).toBe(channel);
      expect(toDbChannel(toApiChannel(channel))).toBe(channel);
    }
  });

  it("reads a channel from a URL by its API name only", () => {
    expect(fromApiChannel("in-person")).toBe("in_person");
    expect(fromApiChannel("in_person")).toBeNull();
    expect(fromApiChannel("constructor")).toBeNull();
    expect(fromApiChannel(undefined)).toBeNull();
    expect(bookingChannelFromUrl("in-person")).toBe("in_person");
    expect(bookingChannelFromUrl("video")).toBe("video");
    expect(bookingChannelFromUrl("online")).toBeNull();
    expect(bookingChannelFromUrl("in_person")).toBeNull();
    expect(channels.filter(isBookingChannel)).toEqual(["video", "in_person"]);
  });
});
