// Message files are split per capability (messages/<locale>/<namespace>.json) and merged here.
export const namespaces = ["common", "journey", "booking", "forms", "pages"] as const;
export type Namespace = (typeof namespaces)[number];
