// What the queue desk's page and posts share: its address, the desk chosen once per session (a
// cookie of the staff area), the German texts of the steps and refusals.
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { deskSchema, type Desk } from "@/lib/queue";

export const QUEUE_PATH = "/staff/queue";
export const DESK_COOKIE = "zugang_queue_desk";

/** The desk this browser works at, or null until one is chosen. */
export async function chosenDesk(): Promise<Desk | null> {
  const value = (await cookies()).get(DESK_COOKIE)?.value;
  if (!value) return null;
  try {
    const parsed = deskSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The Set-Cookie value for a chosen desk: for the staff area, for the browser session only; Secure
 * where the portal runs on https (as next-auth decides for its own).
 */
export function deskCookie(desk: Desk): string {
  const secure = getEnv().NEXTAUTH_URL?.startsWith("https://") ? "; Secure" : "";
  return `${DESK_COOKIE}=${encodeURIComponent(JSON.stringify(desk))}; Path=/staff; HttpOnly; SameSite=Lax${secure}`;
}

/** The page with what a post left to say. */
export function queuePath(notice?: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(notice ?? {})) if (value !== undefined) query.set(name, value);
  const search = query.toString();
  return search ? `${QUEUE_PATH}?${search}` : QUEUE_PATH;
}

export const STEP_DONE: Record<string, string> = {
  called: "{number} ist aufgerufen.",
  recall: "{number} ist erneut aufgerufen.",
  "no-show": "{number} ist als „nicht erschienen“ vermerkt.",
  park: "{number} ist geparkt. Sie können die Nummer später zurückrufen.",
  "call-back": "{number} ist zurückgerufen.",
  forward: "{number} ist weitergeleitet und wartet wieder.",
  finish: "{number} ist abgeschlossen.",
  drawn: "Wartenummer {number} gezogen: Platz {position} in der Reihe, etwa {minutes} Minuten Wartezeit.",
  desk: "Sie arbeiten jetzt an {desk}.",
};

export const STEP_PROBLEM: Record<string, string> = {
  "nobody-waiting": "Niemand wartet gerade.",
  "not-at-this-desk": "Diese Nummer ist nicht (mehr) an Ihrem Platz aufgerufen. Die Liste ist jetzt aktuell.",
  "recall-limit": "Diese Nummer wurde schon dreimal aufgerufen. Bitte „Nicht erschienen“ oder „Parken“ wählen.",
  "not-parked": "Diese Nummer ist nicht mehr geparkt.",
  "forward-nowhere": "Bitte zum Weiterleiten ein Anliegen oder einen Platz angeben.",
  "unknown-service": "Dieses Anliegen gibt es nicht.",
  "daily-limit": "Für heute sind alle Wartenummern dieses Standorts vergeben.",
  "bad-ticket": "Die Angaben zur Wartenummer sind ungültig: {detail}",
  "bad-desk": "Bitte einen Standort wählen und den Platz oder Raum benennen (höchstens 40 Zeichen).",
  "no-desk": "Bitte zuerst den Platz wählen.",
  "bad-step": "Diese Aktion ist unbekannt oder unvollständig.",
};

export function fill(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}
