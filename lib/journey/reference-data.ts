// Reference data every installation starts with (docs/journey.md describes its use): the request types
// with their allowed channels and default routing rules, and the situation steps. Product
// configuration of the journey: prisma/seed writes it into a database where it is missing, and
// admins change it there afterwards.
import type { Channel, Preference } from "@/lib/generated/prisma/enums";
import type { SituationRuleParams } from "./situation";

type Code = "O" | "V" | "P" | "T";
const CHANNEL: Record<Code, Channel> = { O: "online", V: "video", P: "in_person", T: "phone" };
/** The channels of a code string ("O V P T": online, video, in person, phone), in its order. */
export const channels = (codes: string): Channel[] => codes.split(" ").map((code) => CHANNEL[code as Code]);

/** A request type as delivered, with its allowed channels and, per preference, its channel order. */
export interface RequestTypeDefaults {
  key: string;
  title: { de: string; en: string };
  description: { de: string; en: string };
  allowed: string;
  orders: Record<Preference, string>;
  slotMinutes?: number;
  isEmergency?: boolean;
  externalUrl?: string;
}

export const REQUEST_TYPES: RequestTypeDefaults[] = [
  {
    key: "change-report",
    title: { de: "Änderung mitteilen", en: "Report a change" },
    description: { de: "Einkommen, Haushalt, Adresse oder Konto haben sich geändert.", en: "Your income, household, address or bank account has changed." },
    allowed: "O V P T",
    orders: { personal: "P V T O", mixed: "O P V T", digital: "O V T P" },
  },
  {
    key: "submit-documents",
    title: { de: "Unterlagen einreichen", en: "Hand in documents" },
    description: { de: "Lohnabrechnungen, Kontoauszüge, Mietunterlagen und andere Nachweise.", en: "Payslips, bank statements, rent papers and other proof." },
    allowed: "O P",
    orders: { personal: "P O", mixed: "O P", digital: "O P" },
    slotMinutes: 15,
  },
  {
    key: "sick-note",
    title: { de: "Krankmeldung", en: "Report sick" },
    description: { de: "Sie sind krank und können nicht arbeiten oder nicht zum Termin kommen.", en: "You are ill and cannot work or come to an appointment." },
    allowed: "O P T",
    orders: { personal: "P T O", mixed: "O T P", digital: "O T P" },
    slotMinutes: 15,
  },
  {
    key: "continued-benefits",
    title: { de: "Weiterbewilligung beantragen", en: "Apply for continued benefits" },
    description: { de: "Ihr Bewilligungszeitraum endet bald und Sie brauchen weiter Leistungen.", en: "Your benefit period ends soon and you still need support." },
    allowed: "O V P",
    orders: { personal: "P V O", mixed: "O V P", digital: "O V P" },
    slotMinutes: 45,
  },
  {
    key: "contact-details",
    title: { de: "Kontaktdaten ändern", en: "Change contact details" },
    description: { de: "Neue Telefonnummer, E-Mail-Adresse oder Anschrift.", en: "A new phone number, e-mail address or postal address." },
    allowed: "O P",
    orders: { personal: "P O", mixed: "O P", digital: "O P" },
    slotMinutes: 15,
  },
  {
    key: "absence",
    title: { de: "Ortsabwesenheit beantragen", en: "Ask to be away from home" },
    description: { de: "Sie möchten verreisen oder eine Zeit nicht erreichbar sein.", en: "You want to travel or be away for a while." },
    allowed: "O P T",
    orders: { personal: "P T O", mixed: "O T P", digital: "O T P" },
    slotMinutes: 15,
  },
  {
    key: "job-counselling",
    title: { de: "Beratung zu Arbeit und Ausbildung", en: "Counselling on work and training" },
    description: { de: "Gespräch über Arbeit, Weiterbildung, Ausbildung und Ihre Pläne.", en: "A talk about work, further training, apprenticeships and your plans." },
    allowed: "V P T",
    orders: { personal: "P V T", mixed: "P V T", digital: "V P T" },
    slotMinutes: 45,
  },
  {
    key: "decision-question",
    title: { de: "Frage zu einem Bescheid", en: "Question about a decision letter" },
    description: { de: "Sie verstehen einen Bescheid nicht oder halten ihn für falsch.", en: "You do not understand a decision letter or think it is wrong." },
    allowed: "O V P T",
    orders: { personal: "P V T O", mixed: "V O T P", digital: "O V T P" },
  },
  {
    key: "first-application",
    title: { de: "Bürgergeld zum ersten Mal beantragen", en: "Apply for the first time" },
    description: { de: "Sie haben noch kein Bürgergeld und möchten es beantragen.", en: "You do not receive benefits yet and want to apply." },
    allowed: "O V P",
    orders: { personal: "P V O", mixed: "P V O", digital: "O V P" },
    slotMinutes: 60,
    externalUrl: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/buergergeld/buergergeld-beantragen",
  },
  {
    key: "emergency",
    title: { de: "Notlage: sofort Hilfe", en: "Emergency: help now" },
    description: { de: "Kein Geld, kein Essen, Räumung der Wohnung oder Strom abgestellt.", en: "No money, no food, eviction or the power has been cut off." },
    allowed: "P T",
    orders: { personal: "P T", mixed: "P T", digital: "P T" },
    isEmergency: true,
  },
  {
    key: "digital-help",
    title: { de: "Hilfe bei den Online-Diensten", en: "Help with the online services" },
    description: { de: "Wir zeigen Ihnen, wie Sie die Online-Dienste nutzen.", en: "We show you how to use the online services." },
    allowed: "V P",
    orders: { personal: "P V", mixed: "P V", digital: "V P" },
  },
];

/**
 * The situation steps, in the order they are applied (docs/journey.md, "The engine"). The params shape is
 * situationRuleParamsSchema (lib/journey/situation.ts); `lock` keeps the emergency channels on top
 * whatever later steps do.
 */
export const SITUATION_RULES: { key: string; params: SituationRuleParams }[] = [
  { key: "emergency", params: { when: { emergency: true }, match: "all", move: "first", channels: ["in_person", "phone"], lock: true } },
  { key: "help-needed", params: { when: { helpNeed: ["often", "always"] }, match: "all", move: "last", channels: ["online"] } },
  {
    key: "long-form-on-small-device",
    params: { when: { devices: ["smartphone-only", "none"] }, match: "all", requestTypes: ["continued-benefits"], move: "last", channels: ["online"] },
  },
  { key: "no-device", params: { when: { devices: ["none"] }, match: "all", move: "last", channels: ["online"] } },
  { key: "interpreter", params: { when: { interpreter: true }, match: "all", move: "before", channels: ["in_person", "video"], before: ["online"] } },
  { key: "mobility-or-distance", params: { when: { mobility: true, distance: ["far"] }, match: "any", move: "before", channels: ["video"], before: ["in_person"] } },
];
