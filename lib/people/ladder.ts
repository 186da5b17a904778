// The channel ladder of the person page: from what is known about a person (their stated
// preference, devices, help need, language, contact details, what happened before), what to offer
// first and what never to rely on, in plain German for staff. A pure function, so every rule is
// tested on its own (ladder.test.ts).
import { languageName } from "@/lib/languages";

export type LadderChannel = "in_person" | "phone" | "video" | "online" | "letter" | "email";

export interface LadderInput {
  preference: "personal" | "mixed" | "digital" | null;
  helpNeed: "never" | "sometimes" | "often" | "always" | null;
  devices: "smartphone-only" | "smartphone-plus" | "none" | null;
  /** the language spoken, when it is not German */
  language: string | null;
  /** the interpreter's language, when one is needed */
  interpreter: string | null;
  accessibility: string | null;
  /** someone helps them (a relative, a friend, a social worker) */
  helper: string | null;
  hasEmail: boolean;
  hasPhone: boolean;
  /** callbacks that did not reach the person */
  unreachedCallbacks: number;
  /** appointments the person missed */
  noShows: number;
}

export interface Ladder {
  /** what to offer, best first */
  offer: LadderChannel[];
  /** what not to rely on, each with its reason: "Keine E-Mail: Briefe senden oder anrufen" */
  never: string[];
  /** further hints for whoever contacts the person */
  notes: string[];
}

export const LADDER_LABELS: Record<LadderChannel, string> = {
  in_person: "persönlich vor Ort",
  phone: "Anruf",
  video: "Video",
  online: "Online-Formular",
  letter: "Brief",
  email: "E-Mail",
};

const BASE: Record<"personal" | "mixed" | "digital" | "unknown", LadderChannel[]> = {
  personal: ["in_person", "phone", "letter", "video", "email", "online"],
  mixed: ["in_person", "online", "video", "phone", "email", "letter"],
  digital: ["online", "email", "video", "phone", "in_person", "letter"],
  unknown: ["in_person", "phone", "letter", "online", "video", "email"],
};

const toFront = (order: LadderChannel[], channels: LadderChannel[]) => [
  ...channels.filter((channel) => order.includes(channel)),
  ...order.filter((channel) => !channels.includes(channel)),
];
const toBack = (order: LadderChannel[], channels: LadderChannel[]) => [
  ...order.filter((channel) => !channels.includes(channel)),
  ...channels.filter((channel) => order.includes(channel)),
];

/** `channel` just above `other`, when it stands below it. */
function moveBefore(order: LadderChannel[], channel: LadderChannel, other: LadderChannel): LadderChannel[] {
  const at = order.indexOf(channel);
  const target = order.indexOf(other);
  if (at < 0 || target < 0 || at < target) return order;
  const rest = order.filter((item) => item !== channel);
  rest.splice(rest.indexOf(other), 0, channel);
  return rest;
}

export function channelLadder(input: LadderInput): Ladder {
  let order = [...BASE[input.preference ?? "unknown"]];
  const never: string[] = [];
  const notes: string[] = [];
  const dropped = new Set<LadderChannel>();

  const needsHelp = input.helpNeed === "often" || input.helpNeed === "always";
  if (needsHelp) {
    order = toBack(order, ["online", "email"]);
    order = toFront(order, ["in_person", "phone"]);
    never.push(
      `Nicht allein auf Online-Formulare setzen: braucht ${input.helpNeed === "always" ? "immer" : "oft"} Hilfe bei Digitalem – persönlich oder am Telefon begleiten`,
    );
  }
  if (input.devices === "none") {
    for (const channel of ["online", "email", "video"] as const) dropped.add(channel);
    never.push("Kein Gerät: keine E-Mail, kein Video, keine Online-Formulare – Briefe senden oder anrufen");
  } else if (input.devices === "smartphone-only") {
    notes.push("Nur Smartphone: kurze Formulare, Fotos statt Scans; lange Formulare mit Hilfe");
  }
  if (!input.hasEmail && !dropped.has("email")) {
    dropped.add("email");
    never.push("Keine E-Mail-Adresse: Briefe senden oder anrufen");
  }
  if (!input.hasPhone) {
    dropped.add("phone");
    never.push("Keine Telefonnummer: nicht auf Rückrufe setzen – Brief oder Termin vor Ort");
  } else if (input.unreachedCallbacks >= 2) {
    order = toBack(order, ["phone"]);
    never.push(
      `Telefonisch schwer erreichbar (${input.unreachedCallbacks} Rückrufe ohne Erfolg): schriftlich einladen`,
    );
  }
  if (input.interpreter) {
    order = toBack(order, ["online", "email"]);
    order = toFront(order, ["in_person"]);
    never.push(
      `Nicht auf deutsche Schreiben allein setzen: Dolmetschung (${languageName(input.interpreter)}) zu jedem Termin anbieten`,
    );
  } else if (input.language && input.language !== "de" && input.language !== "de-x-ls") {
    notes.push(`Spricht ${languageName(input.language)}: Nachrichten in dieser Sprache senden`);
  }
  if (input.accessibility) {
    if (input.accessibility === "mobility") {
      if (!dropped.has("video")) order = moveBefore(order, "video", "in_person");
      notes.push("Eingeschränkt mobil: Video oder Telefon vor dem Weg ins Amt anbieten; stufenlosen Standort wählen");
    } else {
      notes.push(`Barrierefreiheit: ${input.accessibility}`);
    }
  }
  if (input.helper) notes.push("Jemand hilft der Person: bei Terminen und Schreiben an die Begleitung denken");
  if (input.noShows >= 2) notes.push(`${input.noShows} Termine versäumt: am Vortag erinnern (Anruf oder SMS)`);
  if (input.preference === "personal") notes.push("Möchte am liebsten persönlich mit dem Jobcenter zu tun haben");

  return { offer: order.filter((channel) => !dropped.has(channel)), never, notes };
}

/** The ladder in one line, as the callback queue shows it: "Zuerst: persönlich vor Ort, Anruf · Nie: …". */
export function ladderLine(ladder: Ladder): string {
  const first = ladder.offer
    .slice(0, 2)
    .map((channel) => LADDER_LABELS[channel])
    .join(", ");
  const never = ladder.never.map((text) => text.split(":")[0]).join("; ");
  return never ? `Zuerst: ${first} · Nicht: ${never}` : `Zuerst: ${first}`;
}
