// German names of the outbox's kinds, transports and statuses, shared by the list and a message.
export const KIND: Record<string, string> = {
  confirmation: "Bestätigung",
  change: "Änderung",
  cancellation: "Absage",
  reminder: "Erinnerung",
  submission: "Eingangsbestätigung",
  callback: "Rückruf nicht erreicht",
  "information-request": "Rückfrage zu einem Antrag",
  "password-reset": "Link zum Zurücksetzen des Passworts",
};
export const STATUS = {
  pending: "wartet",
  sent: "versandt",
  failed: "gescheitert",
  cancelled: "zurückgezogen",
} as const;
export const TRANSPORT: Record<string, string> = { email: "E-Mail", sms: "SMS", local: "nur lokal gespeichert" };
export const dateTime = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Berlin",
});
