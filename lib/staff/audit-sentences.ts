// The audit log in words: each row as a German sentence with its actor and its person by name
// ("Bernd Beratung hat die Personenseite von Ayşe Demir geöffnet"), never an id or a JSON object.
// The page links the names; this file only says which words go between them, and each action's
// German name (the filter's list, the table, the CSV file).
/** German names of the actions, for the filter's list and the table; an action not named here shows as it is stored. */
export const AUDIT_ACTION_NAMES: Record<string, string> = {
  "sign-in.succeeded": "Anmeldung",
  "sign-in.failed": "Anmeldung fehlgeschlagen",
  "sign-in.refused": "Single Sign-on abgelehnt",
  "sign-in.locked": "Anmeldung gesperrt",
  "sign-in.unlocked": "Anmeldesperre aufgehoben",
  "sign-in-locks.listed": "Anmeldesperren angesehen",
  "staff.listed": "Dienstkonten angesehen",
  "staff.created": "Dienstkonto angelegt",
  "staff.updated": "Rolle oder Standorte geändert",
  "staff.deactivated": "Dienstkonto deaktiviert",
  "staff.reactivated": "Dienstkonto reaktiviert",
  "staff.second-factor-reset": "Zweiter Faktor zurückgesetzt",
  "staff.password-set": "Neues Passwort gesetzt",
  "staff.password-reset-sent": "Link zum Zurücksetzen des Passworts gesendet",
  "staff.password-reset-requested": "Link zum Zurücksetzen des Passworts auf der Anmeldeseite angefordert",
  "second-factor.setup-started": "Zweiter Faktor: Einrichtung begonnen",
  "second-factor.enabled": "Zweiter Faktor eingerichtet",
  "security.admin-second-factor-changed": "Zweiter Faktor für Administration geändert",
  "location.updated": "Standort geändert",
  "location.hours-saved": "Öffnungszeiten und Plätze geändert",
  "location.closure-added": "Schließung eingetragen",
  "location.closure-removed": "Schließung entfernt",
  "routing-rules.saved": "Regeln der Empfehlung gespeichert",
  "routing-rules.restored": "Frühere Regeln der Empfehlung wiederhergestellt",
  "request-type.saved": "Anliegen geändert",
  "audit.listed": "Protokoll angesehen",
  "audit.exported": "Protokoll exportiert",
  "person.viewed": "Person angesehen",
  "appointment.viewed": "Termin angesehen",
  "appointment.checked-in": "Termin eingecheckt",
  "appointment.booked-for-someone": "Termin für jemanden gebucht",
  "appointment.cancelled": "Termin storniert",
  "appointment.rebooked": "Termin umgebucht",
  "appointment.marked-no-show": "Als nicht erschienen markiert",
  "appointment.manage-link-renewed": "Neuer Code zum Ändern gedruckt",
  "appointments.day-listed": "Tagesübersicht angesehen",
  "appointments.exported": "Tagesübersicht heruntergeladen",
  "appointments.own-listed": "Eigene Termine angesehen",
  "person.searched": "Personen gesucht",
  "person.created": "Person angelegt",
  "person.fact-recorded": "Angabe zur Person eingetragen",
  "person.corrected": "Kontaktdaten oder Sprache korrigiert",
  "inbox.listed": "Posteingang angesehen",
  "submission.viewed": "Anfrage geöffnet",
  "attachment.opened": "Datei einer Anfrage geöffnet",
  "submission.assigned": "Anfrage übernommen",
  "submission.status-changed": "Stand einer Anfrage geändert",
  "submission.information-requested": "Rückfrage gestellt",
  "callbacks.listed": "Rückrufbitten angesehen",
  "callback.claimed": "Rückrufbitte übernommen",
  "callback.outcome-recorded": "Ergebnis eines Rückrufs eingetragen",
  "form.started-for-someone": "Formular für jemanden begonnen",
  "location.closure-checked": "Termine einer geplanten Schließung angesehen",
  "location.hours-checked": "Termine vor geänderten Öffnungszeiten angesehen",
  "queue.listed": "Warteschlange angesehen",
  "queue.ticket-drawn": "Wartenummer gezogen",
  "queue.ticket-changed": "Wartenummer bearbeitet (Aufruf, Parken, Weiterleiten, Abschluss)",
  "queue.display-renewed": "Link der Aufrufanzeige erneuert",
  "outbox.listed": "Postausgang angesehen",
  "outbox.message-viewed": "Nachricht gelesen",
  "feedback.listed": "Rückmeldungen angesehen",
  "analytics.viewed": "Auswertung angesehen",
  "analytics.exported": "Auswertung exportiert",
  "analytics.imported": "Papierfragebögen importiert",
  view: "Angesehen (ältere Einträge)",
  "check-in": "Eingecheckt (ältere Einträge)",
};

export const auditActionName = (action: string) => AUDIT_ACTION_NAMES[action] ?? action;

/** "{person}" stands where the person's name goes. */
const PHRASES: Record<string, string> = {
  "person.viewed": "hat die Personenseite von {person} geöffnet",
  "person.searched": "hat nach Personen gesucht",
  "person.created": "hat {person} als neue Person angelegt",
  "person.fact-recorded": "hat eine Angabe zu {person} eingetragen",
  "person.corrected": "hat Kontaktdaten oder Sprache von {person} korrigiert",
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

/** The fields a person.corrected event names, in German. */
const CORRECTED_FIELDS: Record<string, string> = { phone: "Telefon", email: "E-Mail", language: "Sprache" };

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
  if (action === "staff.password-set" && value.by === "own") return "von der Person selbst geändert";
  if (action === "staff.password-set" && value.by === "reset-link") return "über einen Link zum Zurücksetzen";
  if ((action === "staff.password-reset-sent" || action === "staff.password-reset-requested") && when(value.expiresAt))
    return `gültig bis ${when(value.expiresAt)}`;
  if (action.startsWith("location.") && typeof value.cancelled === "number" && value.cancelled > 0)
    return `${value.cancelled} gebuchte Termine abgesagt`;
  if (action === "person.corrected" && Array.isArray(value.fields)) {
    const names = value.fields.flatMap((field) =>
      typeof field === "string" && Object.hasOwn(CORRECTED_FIELDS, field) ? [CORRECTED_FIELDS[field]] : [],
    );
    if (names.length > 0) return names.join(", ");
  }
  if (typeof value.version === "number") return `Version ${value.version}`;
  if (typeof value.count === "number") return `${value.count} Einträge`;
  return "";
}
