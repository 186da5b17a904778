// The inputs of the recommendation: stated preference and situation, as zod schemas shared by the
// pages, the API and the rules stored in the database (the situation steps of routing_rule_set).
import { z } from "zod";
import { channels, type Channel } from "@/lib/channels";
import { text } from "@/lib/validation";

export { channels, type Channel };

export const preferences = ["personal", "mixed", "digital"] as const;
export const helpNeeds = ["never", "sometimes", "often", "always"] as const;
export const deviceProfiles = ["smartphone-only", "smartphone-plus", "none"] as const;
export const distances = ["near", "medium", "far"] as const;

export type Preference = (typeof preferences)[number];

/** The API's message for a text with a control character (the pages name the field instead). */
export const CONTROL_CHARACTERS_REFUSED = "control characters are not allowed";

/** A language tag such as "tr" or "pt-BR": short, letters and hyphens only. */
export const languageTag = text({ max: 20, messages: { characters: CONTROL_CHARACTERS_REFUSED } }).regex(
  /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,2}$/,
  'a language tag such as "tr" is expected',
);

export const situationSchema = z.strictObject({
  emergency: z.boolean().optional(),
  helpNeed: z.enum(helpNeeds).optional(),
  devices: z.enum(deviceProfiles).optional(),
  language: languageTag.optional(),
  interpreter: z.boolean().optional(),
  mobility: z.boolean().optional(),
  distance: z.enum(distances).optional(),
});
export type Situation = z.infer<typeof situationSchema>;

/**
 * When a situation step applies. Boolean fields must equal the situation's value; list fields
 * must contain it. `match: "all"` (default) needs every condition, `"any"` one of them.
 */
export const situationConditionSchema = z.strictObject({
  emergency: z.boolean().optional(),
  helpNeed: z.array(z.enum(helpNeeds)).optional(),
  devices: z.array(z.enum(deviceProfiles)).optional(),
  interpreter: z.boolean().optional(),
  mobility: z.boolean().optional(),
  distance: z.array(z.enum(distances)).optional(),
});
export type SituationCondition = z.infer<typeof situationConditionSchema>;

/**
 * The params of one situation step (the situation steps of routing_rule_set):
 * - `move: "first"`: the channels go to the top, in the order given; with `lock: true` no later
 *   step may put anything above them (emergency);
 * - `move: "last"`: the channels go to the bottom;
 * - `move: "before"`: each channel that stands below the first of `before` moves up just above it.
 * `requestTypes` limits the step to those request types.
 */
export const situationRuleParamsSchema = z.strictObject({
  when: situationConditionSchema,
  match: z.enum(["all", "any"]).default("all"),
  requestTypes: z.array(z.string()).optional(),
  move: z.enum(["first", "last", "before"]),
  channels: z.array(z.enum(channels)).min(1),
  before: z.array(z.enum(channels)).optional(),
  lock: z.boolean().optional(),
});
export type SituationRuleParams = z.infer<typeof situationRuleParamsSchema>;
