// The audit log in words: each row as a German sentence with its actor and its person by name
// ("Bernd Beratung hat die Personenseite von Ayşe Demir geöffnet"), never an id or a JSON object.
// The page links the names; this file only says which words go between them.
import { auditActionName } from "./audit-log";

/** "{person}" stands where the person's name goes. */
const PHRASES: Record<string, string> = {
  "person.viewed": "hat die Personenseite von {person} geöffnet",
  "person.searched": "hat nach Personen gesucht",
  "person.created": "hat {person} als neue Person angelegt",
  "person.fact-recorded": "hat eine Angabe zu {person} eingetragen",
  "appointment.viewed": "hat den Termin von {person} angesehen",
  "appointment.checked-in": "hat {person} eingecheckt",
  "appointment.cancelled": "hat den Termin von {person} storniert",
  "appointment.rebooked": "hat den Termin von {person} umgebucht",
  "appointment.marked-no-show": "hat {person} als nicht erschienen markiert",
  "appointment.booked-for-someone": "hat einen Termin für {person} gebucht",
  "appointment.manage-link-renewed": "hat für {person} eine Bestätigung mit neuem Code zum Ändern gedruckt",
  "appointments.day-listed": "hat die Tagesübersicht eines Standorts angesehen",
  "appointments.exported": "hat die Tagesübersicht eines Standorts heruntergeladen",
  "appointments.own-listed": "hat die eigenen Termine angesehen",
  "inbox.listed": "hat den Posteingang angesehen",
  "submission.viewed": "hat die Anfrage von {person} geöffnet",
  "attachment.opened": "hat eine Datei der Anfrage von {person} geöffnet",
  "submission.assigned": "hat die Anfrage von {person} übernommen",
  "submission.status-changed": "hat den Stand der Anfrage von {person} geändert",
  "submission.information-requested": "hat {person} eine Rückfrage gestellt",
  "callbacks.listed": "hat die Rückrufbitten angesehen",
  "callback.claimed": "hat die Rückrufbitte von {person} übernommen",
  "callback.outcome-recorded": "hat das Ergebnis eines Rückrufs bei {person} eingetragen",
  "form.started-for-someone": "hat ein Formular für {person} begonnen",
  "queue.ticket-drawn": "hat eine Wartenummer für {person} gezogen",
  "queue.ticket-changed": "hat eine Wartenummer von {person} bearbeitet",
  "location.closure-checked": "hat die gebuchten Termine einer geplanten Schließung angesehen",
  "location.hours-checked": "hat die gebuchten Termine vor geänderten Öffnungszeiten angesehen",
  view: "hat Daten von {person} angesehen",
  "check-in": "hat {person} eingecheckt",
};

export interface AuditSentence {
  /** the words after the actor's name, split where the person's name goes (one part: no person) */
  parts: [string] | [string, string];
}

/** The words of a row's sentence; without a phrase of its own: "hat „<Aktion>“ ausgeführt". */
export function auditSentence(action: string): AuditSentence {
  const phrase = PHRASES[action];
  if (!phrase) return { parts: [`: ${auditActionName(action)}`] };
  const [before, after] = phrase.split("{person}");
  return after === undefined ? { parts: [` ${before}`] } : { parts: [` ${before}`, after] };
}

/** Details worth a word: a rebook's two times, a closure's cancellations, a check-in's outcome, a version. */
export function auditDetailText(action: string, details: unknown, format: (instant: Date) => string): string {
  if (!details || typeof details !== "object" || Array.isArray(details)) return "";
  const value = details as Record<string, unknown>;
  const when = (text: unknown) =>
    typeof text === "string" && !Number.isNaN(Date.parse(text)) ? format(new Date(text)) : null;
  if (action === "appointment.rebooked" && when(value.from) && when(value.to))
    return `von ${when(value.from)} auf ${when(value.to)}`;
  if (action === "appointment.cancelled" && value.because === "closure") return "wegen einer Schließung";
  if (action === "appointment.cancelled" && value.because === "hours") return "wegen geänderter Öffnungszeiten";
  if (action === "appointment.checked-in" && value.outcome === "already") return "war schon eingecheckt";
  if (action.startsWith("location.") && typeof value.cancelled === "number" && value.cancelled > 0)
    return `${value.cancelled} gebuchte Termine abgesagt`;
  if (typeof value.version === "number") return `Version ${value.version}`;
  if (typeof value.count === "number") return `${value.count} Einträge`;
  return "";
}
