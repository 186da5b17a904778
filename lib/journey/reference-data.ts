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

type Texts = Record<"de" | "en", [title: string, description: string]>;

/**
 * A request type from its row: the allowed channels and the channel order for a personal, mixed
 * and digital preference (channel codes), its title and description per language, and where it
 * differs from the defaults (30-minute slots, no emergency, no external form).
 */
function requestType(
  key: string,
  [allowed, personal, mixed, digital]: [string, string, string, string],
  texts: Texts,
  differs: Pick<RequestTypeDefaults, "slotMinutes" | "isEmergency" | "externalUrl"> = {},
): RequestTypeDefaults {
  return {
    key,
    title: { de: texts.de[0], en: texts.en[0] },
    description: { de: texts.de[1], en: texts.en[1] },
    allowed,
    orders: { personal, mixed, digital },
    ...differs,
  };
}

// A request type a row: key, channels (allowed; order when personal, mixed, digital), texts.
export const REQUEST_TYPES: RequestTypeDefaults[] = [
  requestType("change-report", ["O V P T", "P V T O", "O P V T", "O V T P"], {
    de: ["Änderung mitteilen", "Einkommen, Haushalt, Adresse oder Konto haben sich geändert."],
    en: ["Report a change", "Your income, household, address or bank account has changed."],
  }),
  requestType("submit-documents", ["O P", "P O", "O P", "O P"], {
    de: ["Unterlagen einreichen", "Lohnabrechnungen, Kontoauszüge, Mietunterlagen und andere Nachweise."],
    en: ["Hand in documents", "Payslips, bank statements, rent papers and other proof."],
  }, { slotMinutes: 15 }),
  requestType("sick-note", ["O P T", "P T O", "O T P", "O T P"], {
    de: ["Krankmeldung", "Sie sind krank und können nicht arbeiten oder nicht zum Termin kommen."],
    en: ["Report sick", "You are ill and cannot work or come to an appointment."],
  }, { slotMinutes: 15 }),
  requestType("continued-benefits", ["O V P", "P V O", "O V P", "O V P"], {
    de: ["Weiterbewilligung beantragen", "Ihr Bewilligungszeitraum endet bald und Sie brauchen weiter Leistungen."],
    en: ["Apply for continued benefits", "Your benefit period ends soon and you still need support."],
  }, { slotMinutes: 45 }),
  requestType("contact-details", ["O P", "P O", "O P", "O P"], {
    de: ["Kontaktdaten ändern", "Neue Telefonnummer, E-Mail-Adresse oder Anschrift."],
    en: ["Change contact details", "A new phone number, e-mail address or postal address."],
  }, { slotMinutes: 15 }),
  requestType("absence", ["O P T", "P T O", "O T P", "O T P"], {
    de: ["Ortsabwesenheit beantragen", "Sie möchten verreisen oder eine Zeit nicht erreichbar sein."],
    en: ["Ask to be away from home", "You want to travel or be away for a while."],
  }, { slotMinutes: 15 }),
  requestType("job-counselling", ["V P T", "P V T", "P V T", "V P T"], {
    de: ["Beratung zu Arbeit und Ausbildung", "Gespräch über Arbeit, Weiterbildung, Ausbildung und Ihre Pläne."],
    en: ["Counselling on work and training", "A talk about work, further training, apprenticeships and your plans."],
  }, { slotMinutes: 45 }),
  requestType("decision-question", ["O V P T", "P V T O", "V O T P", "O V T P"], {
    de: ["Frage zu einem Bescheid", "Sie verstehen einen Bescheid nicht oder halten ihn für falsch."],
    en: ["Question about a decision letter", "You do not understand a decision letter or think it is wrong."],
  }),
  requestType("first-application", ["O V P", "P V O", "P V O", "O V P"], {
    de: ["Bürgergeld zum ersten Mal beantragen", "Sie haben noch kein Bürgergeld und möchten es beantragen."],
    en: ["Apply for the first time", "You do not receive benefits yet and want to apply."],
  }, { slotMinutes: 60, externalUrl: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/buergergeld/buergergeld-beantragen" }),
  requestType("emergency", ["P T", "P T", "P T", "P T"], {
    de: ["Notlage: sofort Hilfe", "Kein Geld, kein Essen, Räumung der Wohnung oder Strom abgestellt."],
    en: ["Emergency: help now", "No money, no food, eviction or the power has been cut off."],
  }, { isEmergency: true }),
  requestType("digital-help", ["V P", "P V", "P V", "V P"], {
    de: ["Hilfe bei den Online-Diensten", "Wir zeigen Ihnen, wie Sie die Online-Dienste nutzen."],
    en: ["Help with the online services", "We show you how to use the online services."],
  }),
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
