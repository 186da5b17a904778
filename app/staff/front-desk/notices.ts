// The sentence a front-desk post leaves on the page it leads back to (post/redirect/get): the
// notice's code, the reference it concerns and its details travel in the query.
import { confirmationPath } from "@/lib/staff";
import { whenText } from "./day";

export interface Notice {
  /** done: a status message; problem: an alert */
  tone: "done" | "problem";
  text: string;
  /** the confirmation to print anew (after a rebook: the old sheet's time and code are void) */
  print?: string;
}

export interface NoticeQuery {
  notice?: string;
  ref?: string;
  /** rebooked: the new start (ISO) */
  to?: string;
  /** cancelled, rebooked: "0" when the person has no e-mail address or phone number to be told at */
  notified?: string;
}

const told = (notified: string | undefined, what: string) =>
  notified === "0"
    ? `Die Person hat weder E-Mail-Adresse noch Telefonnummer hinterlegt: bitte selbst Bescheid geben.`
    : `Die Person bekommt ${what} per E-Mail oder SMS.`;

/**
 * The notice of a query, or null. `who` names the appointment's person for a reference (the day
 * list knows them); the reference alone otherwise.
 */
export function noticeFor(
  query: NoticeQuery,
  who: (reference: string) => string | null,
  graceMinutes: number,
): Notice | null {
  const reference = query.ref && /^[A-Za-z0-9-]{1,40}$/.test(query.ref) ? query.ref : null;
  const name = reference ? (who(reference) ?? null) : null;
  const subject = reference ? (name ? `${name} (${reference})` : `Termin ${reference}`) : "Der Termin";
  const to = query.to ? new Date(query.to) : null;
  switch (query.notice) {
    case "checked-in":
      return { tone: "done", text: `${subject}: eingecheckt.` };
    case "already":
      return { tone: "done", text: `${subject} war schon eingecheckt.` };
    case "check-in-not-possible":
      return { tone: "problem", text: `${subject} lässt sich nicht einchecken: der Termin ist nicht mehr gebucht.` };
    case "no-show":
      return { tone: "done", text: `${subject}: als „nicht erschienen“ markiert.` };
    case "no-show-too-early":
      return {
        tone: "problem",
        text: `${subject}: „Nicht erschienen“ ist erst ${graceMinutes} Minuten nach Beginn möglich.`,
      };
    case "no-show-not-possible":
      return { tone: "problem", text: `${subject}: „Nicht erschienen“ geht nur bei gebuchten Terminen vor Ort.` };
    case "cancelled":
      return { tone: "done", text: `${subject}: storniert. ${told(query.notified, "die Absage")}` };
    case "already-cancelled":
      return { tone: "done", text: `${subject} war schon storniert.` };
    case "rebooked":
      return to && !Number.isNaN(to.getTime())
        ? {
            tone: "done",
            text: `${subject}: umgebucht auf ${whenText(to)}. ${told(query.notified, "die Änderung")}`,
            print: reference ? confirmationPath(reference) : undefined,
          }
        : null;
    case "not-open":
      return {
        tone: "problem",
        text: `${subject} lässt sich nicht mehr ändern: der Termin hat schon begonnen oder ist nicht mehr gebucht.`,
      };
    case "unknown":
      return { tone: "problem", text: "Diesen Termin gibt es nicht (mehr). Bitte die Liste neu laden." };
    default:
      return null;
  }
}
