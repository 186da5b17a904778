// The journey's store: loads the rules for the engine (the versioned rule set of rule-store.ts) and
// stores each pass through the recommendation as a Journey (no personal data).
import { isUuid } from "@/lib/validation";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { recommendChannels, type RankedOption, type Recommendation, type RecommendationInput } from "./engine";
import { isRequestTypeKey, requestTypeOf, type RequestTypeSummary } from "./request-types";
import { rulesFromSet } from "./rule-sets";
import { currentRuleSet } from "./rule-store";
import type { Channel, Preference, Situation } from "./situation";
import { log } from "@/lib/log";

/** A request type as the recommendation pages need it (the slot length belongs to booking). */
export type LoadedRequestType = Omit<RequestTypeSummary, "slotMinutes">;

/** Runs the engine with the stored rules; NotFoundError for an unknown or inactive request type. */
export async function recommendFor(
  requestTypeKey: string,
  input: RecommendationInput,
): Promise<{ requestType: LoadedRequestType; recommendation: Recommendation }> {
  if (!isRequestTypeKey(requestTypeKey)) throw new NotFoundError("request type");
  const [requestType, ruleSet] = await Promise.all([
    db.requestType.findFirst({ where: { key: requestTypeKey, active: true } }),
    currentRuleSet(),
  ]);
  if (!requestType) throw new NotFoundError("request type");
  const { rules, skipped } = rulesFromSet(requestType, ruleSet.content);
  if (skipped.length > 0) log().warn({ rules: skipped }, "situation rules skipped, their params do not fit");
  return {
    requestType: requestTypeOf(requestType),
    recommendation: recommendChannels(rules, input),
  };
}

export interface StartJourney {
  requestTypeKey: string;
  preference: Preference | null;
  situation: Situation;
  language: string;
  forSomeoneElse: boolean;
}

/** Recommends and stores the pass; returns the journey id and the recommendation. */
export async function startJourney(input: StartJourney) {
  const { requestType, recommendation } = await recommendFor(input.requestTypeKey, {
    preference: input.preference,
    situation: input.situation,
  });
  const journey = await db.journey.create({
    data: {
      requestTypeKey: requestType.key,
      preference: input.preference,
      situation: input.situation,
      options: recommendation.options as unknown as object[],
      recommendedChannel: recommendation.recommended,
      language: input.language,
      forSomeoneElse: input.forSomeoneElse,
    },
    select: { id: true },
  });
  return { journeyId: journey.id, requestType, recommendation };
}

export interface StoredJourney {
  id: string;
  requestType: LoadedRequestType;
  preference: Preference | null;
  situation: Situation;
  options: RankedOption[];
  recommendedChannel: Channel | null;
  chosenChannel: Channel | null;
  forSomeoneElse: boolean;
  emergency: boolean;
}

/** A stored journey of that request type, or null (unknown, malformed id, or another type). */
export async function findJourney(id: string, requestTypeKey?: string): Promise<StoredJourney | null> {
  if (!isUuid(id)) return null;
  const row = await db.journey.findUnique({ where: { id }, include: { requestType: true } });
  if (!row || (requestTypeKey && row.requestTypeKey !== requestTypeKey)) return null;
  const situation = row.situation as Situation;
  return {
    id: row.id,
    requestType: requestTypeOf(row.requestType),
    preference: row.preference,
    situation,
    options: row.options as unknown as RankedOption[],
    recommendedChannel: row.recommendedChannel,
    chosenChannel: row.chosenChannel,
    forSomeoneElse: row.forSomeoneElse,
    emergency: row.requestType.isEmergency || situation.emergency === true,
  };
}

/** Records the option the person followed; null when the journey or the option does not exist. */
export async function recordChoice(id: string, channel: Channel): Promise<StoredJourney | null> {
  const journey = await findJourney(id);
  if (!journey || !journey.options.some((option) => option.channel === channel)) return null;
  await db.journey.update({ where: { id }, data: { chosenChannel: channel, outcome: "chosen" } });
  return { ...journey, chosenChannel: channel };
}
