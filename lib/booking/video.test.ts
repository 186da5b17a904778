import { jwtVerify } from "jose";
import { describe, expect, it } from "vitest";

process.env.VIDEO_BASE_URL = "https://meet.example.org";
process.env.VIDEO_JWT_SECRET = "a-secret-of-at-least-16-chars";

const { canJoin, videoUrl } = await import("@/lib/booking/video");

const window = { startsAt: new Date("2026-12-01T09:00:00Z"), endsAt: new Date("2026-12-01T09:30:00Z") };

describe("video", () => {
  it("the join button opens 10 minutes before the start and closes at the end", () => {
    expect(canJoin(new Date("2026-12-01T08:49:59Z"), window)).toBe(false);
    expect(canJoin(new Date("2026-12-01T08:50:00Z"), window)).toBe(true);
    expect(canJoin(new Date("2026-12-01T09:30:00Z"), window)).toBe(true);
    expect(canJoin(new Date("2026-12-01T09:30:01Z"), window)).toBe(false);
  });

  it("puts the room under the configured service and signs a JWT for it when a secret is set", async () => {
    const url = new URL(await videoUrl("zugang-abc", window));
    expect(`${url.origin}${url.pathname}`).toBe("https://meet.example.org/zugang-abc");
    const { payload } = await jwtVerify(
      url.searchParams.get("jwt")!,
      new TextEncoder().encode("a-secret-of-at-least-16-chars"),
      { audience: "jitsi", currentDate: new Date("2026-12-01T08:55:00Z") },
    );
    expect(payload.room).toBe("zugang-abc");
    expect(payload.sub).toBe("meet.example.org");
  });
});

describe("video JWT window", () => {
  it("is not valid long before the appointment", async () => {
    const url = new URL(await videoUrl("zugang-abc", window));
    await expect(
      jwtVerify(url.searchParams.get("jwt")!, new TextEncoder().encode("a-secret-of-at-least-16-chars"), {
        currentDate: new Date("2026-11-30T09:00:00Z"),
      }),
    ).rejects.toThrow();
  });
});
