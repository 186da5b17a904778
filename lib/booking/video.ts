// The video room link of an appointment on the configured Jitsi Meet service; with
// VIDEO_JWT_SECRET set, the link carries a signed token for a secured instance.
import { SignJWT } from "jose";
import { getEnv } from "@/lib/env";

export const JOIN_OPENS_MINUTES = 10;

export async function videoUrl(roomName: string, window: { startsAt: Date; endsAt: Date }): Promise<string> {
  const env = getEnv();
  const base = env.VIDEO_BASE_URL.replace(/\/$/, "");
  const url = `${base}/${encodeURIComponent(roomName)}`;
  if (!env.VIDEO_JWT_SECRET) return url;
  const jwt = await new SignJWT({ room: roomName, context: { user: { moderator: false } } })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(env.VIDEO_JWT_APP_ID ?? "zugang")
    .setAudience("jitsi")
    .setSubject(new URL(base).hostname)
    .setNotBefore(Math.floor((window.startsAt.getTime() - 30 * 60_000) / 1000))
    .setExpirationTime(Math.floor((window.endsAt.getTime() + 60 * 60_000) / 1000))
    .sign(new TextEncoder().encode(env.VIDEO_JWT_SECRET));
  return `${url}?jwt=${jwt}`;
}

/** The join button is active from 10 minutes before the start until the end. */
export function canJoin(now: Date, window: { startsAt: Date; endsAt: Date }): boolean {
  return (
    now.getTime() >= window.startsAt.getTime() - JOIN_OPENS_MINUTES * 60_000 && now.getTime() <= window.endsAt.getTime()
  );
}
