// Reference data every installation starts with (docs/journey.md describes its use): the request types
// with their allowed channels and default routing rules, and the situation steps. Product
// configuration of the journey: prisma/seed writes it into a database where it is missing, and
// admins change it there afterwards. The texts per language are in request-type-texts.json (the
// migration 20261204100000_request_type_settings wrote the same texts into existing databases).
import type { Channel, Preference } from "@/lib/generated/prisma/enums";
import TEXTS from "./request-type-texts.json";
import type { SituationRuleParams } from "./situation";

type Code = "O" | "V" | "P" | "T";
const CHANNEL: Record<Code, Channel> = { O: "online", V: "video", P: "in_person", T: "phone" };
/** The channels of a code string ("O V P T": online, video, in person, phone), in its order. */
export const channels = (codes: string): Channel[] => codes.split(" ").map((code) => CHANNEL[code as Code]);

/** A request type as delivered, with its allowed channels and, per preference, its channel order. */
export interface RequestTypeDefaults {
  key: string;
  /** per portal language; "de" is the source and the fallback */
  title: Record<string, string>;
  description: Record<string, string>;
  /** what to bring to an appointment, per language */
  whatToBring: Record<string, string[]>;
  allowed: string;
  orders: Record<Preference, string>;
  slotMinutes?: number;
  isEmergency?: boolean;
  externalUrl?: string;
}

/**
 * A request type from its row: the allowed channels and the channel order for a personal, mixed
 * and digital preference (channel codes), and where it differs from the defaults (30-minute slots,
 * no emergency, no external form). Its texts come from request-type-texts.json by key.
 */
function requestType(
  key: keyof typeof TEXTS,
  [allowed, personal, mixed, digital]: [string, string, string, string],
  differs: Pick<RequestTypeDefaults, "slotMinutes" | "isEmergency" | "externalUrl"> = {},
): RequestTypeDefaults {
  return {
    key,
    ...TEXTS[key],
    allowed,
    orders: { personal, mixed, digital },
    ...differs,
  };
}

// A request type a row: key, channels (allowed; order when personal, mixed, digital).
export const REQUEST_TYPES: RequestTypeDefaults[] = [
  requestType("change-report", ["O V P T", "P V T O", "O P V T", "O V T P"]),
  requestType("submit-documents", ["O P", "P O", "O P", "O P"], { slotMinutes: 15 }),
  requestType("sick-note", ["O P T", "P T O", "O T P", "O T P"], { slotMinutes: 15 }),
  requestType("continued-benefits", ["O V P", "P V O", "O V P", "O V P"], { slotMinutes: 45 }),
  requestType("contact-details", ["O P", "P O", "O P", "O P"], { slotMinutes: 15 }),
  requestType("absence", ["O P T", "P T O", "O T P", "O T P"], { slotMinutes: 15 }),
  requestType("job-counselling", ["V P T", "P V T", "P V T", "V P T"], { slotMinutes: 45 }),
  requestType("decision-question", ["O V P T", "P V T O", "V O T P", "O V T P"]),
  requestType("first-application", ["O V P", "P V O", "P V O", "O V P"], {
    slotMinutes: 60,
    externalUrl: "https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/buergergeld/buergergeld-beantragen",
  }),
  requestType("emergency", ["P T", "P T", "P T", "P T"], { isEmergency: true }),
  requestType("digital-help", ["V P", "P V", "P V", "V P"]),
];

/**
 * The situation steps, in the order they are applied (docs/journey.md, "The engine"). The params shape is
 * situationRuleParamsSchema (lib/journey/situation.ts); `lock` keeps the emergency channels on top
 * whatever later steps do.
 */
export const SITUATION_RULES: { key: string; params: SituationRuleParams }[] = [
  {
    key: "emergency",
    params: { when: { emergency: true }, match: "all", move: "first", channels: ["in_person", "phone"], lock: true },
  },
  {
    key: "help-needed",
    params: { when: { helpNeed: ["often", "always"] }, match: "all", move: "last", channels: ["online"] },
  },
  {
    key: "long-form-on-small-device",
    params: {
      when: { devices: ["smartphone-only", "none"] },
      match: "all",
      requestTypes: ["continued-benefits"],
      move: "last",
      channels: ["online"],
    },
  },
  { key: "no-device", params: { when: { devices: ["none"] }, match: "all", move: "last", channels: ["online"] } },
  {
    key: "interpreter",
    params: {
      when: { interpreter: true },
      match: "all",
      move: "before",
      channels: ["in_person", "video"],
      before: ["online"],
    },
  },
  {
    key: "mobility-or-distance",
    params: {
      when: { mobility: true, distance: ["far"] },
      match: "any",
      move: "before",
      channels: ["video"],
      before: ["in_person"],
    },
  },
];
