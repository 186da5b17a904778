// What the booking page's steps read: the address's values with the draft's (what was typed, kept
// on the server) laid over them, each as a text ("" when missing or given twice).
export type Query = Record<string, string | string[] | undefined>;

export const textOf = (query: Query, name: string) => (typeof query[name] === "string" ? query[name] : "");
