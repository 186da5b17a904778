// Message files are split per capability (messages/<locale>/<namespace>.json) and merged here;
// "proxy" holds the short pages proxy.ts answers by itself (bad address, database unreachable).
export const namespaces = [
  "common",
  "journey",
  "booking",
  "forms",
  "pages",
  "proxy",
  "questionnaire",
  "queue",
] as const;
