// What the waiting room's call display shows: the numbers called today with their desk (a number
// called again moves to the top), how many wait and the expected wait. Numbers only, never names.
// Reached by the location's secret display token, which an admin renews.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { db } from "@/lib/db";
import { berlinDate, berlinToUtc } from "@/lib/time";
import type { Client } from "./client";
import { queueFacts } from "./facts";

/** How many calls the display lists (the newest first, highlighted). */
export const DISPLAY_CALLS = 8;

export interface DisplayCall {
  number: string;
  desk: string;
  /** ISO instant */
  calledAt: string;
}

export interface DisplayState {
  location: { id: string; name: string };
  /** a second language line on the display, or null */
  secondLanguage: string | null;
  /** newest first; the first is the one just called */
  calls: DisplayCall[];
  waiting: number;
  estimatedWaitMinutes: number;
  /** ISO instant the state was read */
  at: string;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,128}$/;

/** The location a display token belongs to, or null (a token of another shape is not looked up). */
export async function locationForDisplayToken(token: unknown, client: Client = db): Promise<string | null> {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const found = await client.queueLocation.findUnique({ where: { displayToken: token }, select: { locationId: true } });
  return found?.locationId ?? null;
}

/** The display of a location now. */
export async function displayState(
  locationId: string,
  client: Client = db,
  now: Date = new Date(),
): Promise<DisplayState | null> {
  const since = berlinToUtc(berlinDate(now), "00:00");
  const [place, calls, facts] = await Promise.all([
    client.queueLocation.findUnique({
      where: { locationId },
      select: { secondLanguage: true, location: { select: { id: true, name: true } } },
    }),
    client.$queryRaw<{ number: string; desk: string; called_at: Date }[]>`
      SELECT number, desk, called_at FROM (
        SELECT DISTINCT ON (ticket_id) number, desk, called_at FROM queue_call
         WHERE location_id = ${locationId}::uuid AND called_at >= ${since} AND called_at <= ${now}
         ORDER BY ticket_id, called_at DESC, id DESC
      ) latest ORDER BY called_at DESC LIMIT ${DISPLAY_CALLS}`,
    queueFacts(client, locationId, now),
  ]);
  if (!place) return null;
  return {
    location: place.location,
    secondLanguage: place.secondLanguage,
    calls: calls.map((call) => ({ number: call.number, desk: call.desk, calledAt: call.called_at.toISOString() })),
    waiting: facts.ahead,
    estimatedWaitMinutes: facts.estimatedWaitMinutes,
    at: now.toISOString(),
  };
}

/** The display of the location a token belongs to, or null for an unknown token. */
export async function displayByToken(token: unknown, client: Client = db): Promise<DisplayState | null> {
  const locationId = await locationForDisplayToken(token, client);
  return locationId ? displayState(locationId, client) : null;
}

/** A new display link for a location (the old one stops working at once); returns the token. */
export async function renewDisplayToken(client: Client, locationId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.queueLocation.update({ where: { locationId }, data: { displayToken: token } });
  return token;
}

/** The display settings of a location for its admin page. */
export async function displaySettings(locationId: string, client: Client = db) {
  return client.queueLocation.findUnique({
    where: { locationId },
    select: { displayToken: true, dailyLimit: true, secondLanguage: true },
  });
}

/** The admin's queue settings of a location: the daily limit of walk-in numbers and the display's second language. */
export const queueSettingsSchema = z.object({
  dailyLimit: z.coerce
    .number({ error: "Bitte eine ganze Zahl von 0 bis 999 angeben." })
    .int("Bitte eine ganze Zahl von 0 bis 999 angeben.")
    .min(0, "Bitte eine ganze Zahl von 0 bis 999 angeben.")
    .max(999, "Bitte eine ganze Zahl von 0 bis 999 angeben."),
  secondLanguage: z.union([
    z.literal(""),
    z.enum(
      locales.filter((locale) => locale !== "de"),
      "Bitte eine Sprache aus der Liste wählen.",
    ),
  ]),
});

/** Saves the settings; returns each changed value before and after. */
export async function saveQueueSettings(
  client: Client,
  locationId: string,
  input: z.output<typeof queueSettingsSchema>,
) {
  const before = await client.queueLocation.findUniqueOrThrow({
    where: { locationId },
    select: { dailyLimit: true, secondLanguage: true },
  });
  const after = { dailyLimit: input.dailyLimit, secondLanguage: input.secondLanguage || null };
  await client.queueLocation.update({ where: { locationId }, data: after });
  const changed: Record<string, { from: string | number | null; to: string | number | null }> = {};
  if (before.dailyLimit !== after.dailyLimit) changed.dailyLimit = { from: before.dailyLimit, to: after.dailyLimit };
  if (before.secondLanguage !== after.secondLanguage)
    changed.secondLanguage = { from: before.secondLanguage, to: after.secondLanguage };
  return changed;
}

/** The locations with a waiting room (active, physical), by name: the desk's choice. */
export async function queueLocations(client: Client = db): Promise<{ id: string; name: string }[]> {
  return client.location.findMany({
    where: { active: true, kind: "physical" },
    select: { id: true, name: true },
    orderBy: [{ isDemo: "asc" }, { name: "asc" }],
  });
}
