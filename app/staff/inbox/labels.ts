// German names of a submission's statuses and the questions a caseworker can ask, shared by the inbox's pages.
export const STATUS_LABELS: Record<string, string> = {
  received: "eingegangen",
  in_review: "in Bearbeitung",
  needs_info: "Rückfrage an die Person",
  done: "erledigt",
};
export const TEMPLATE_LABELS: Record<string, string> = {
  payslips: "Lohnabrechnungen der letzten drei Monate",
  bankStatements: "Kontoauszüge der letzten drei Monate",
  rentContract: "Mietvertrag oder letzte Nebenkostenabrechnung",
  idDocument: "Foto des Ausweises (Vorder- und Rückseite)",
  details: "Angaben genauer erklären",
};
export const dateTime = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/Berlin",
});
export const submissionPage = (id: string, query = "") => `/staff/inbox/${encodeURIComponent(id)}${query}`;
