// The journey part of the public JSON API: request types and recommendations, for a kiosk, the
// phone hotline or a chat assistant. The same engine and the same reason texts as the pages.
import { z } from "zod";
import { locales, type Locale } from "@/i18n/routing";
import { text } from "@/lib/validation";
import { apiChannels, toApiChannel } from "@/lib/channels";
import { startJourney } from "./journeys";
import { listRequestTypes } from "./request-types";
import { CONTROL_CHARACTERS_REFUSED, preferences, situationSchema } from "./situation";
import { textsFor } from "@/i18n/translator";
import { reasonText, requestTypeText } from "./texts";

export const localeQuerySchema = z.object({
  locale: z
    .enum(locales)
    .default("de")
    .describe("Language of titles and reasons (de, de-x-ls, en, tr, ar, uk, bg, ro)"),
});

const apiChannel = z.enum(apiChannels);

export const requestTypesResponseSchema = z.object({
  requestTypes: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      description: z.string(),
      channels: z.array(apiChannel).describe("Channels this request can be dealt with through"),
    }),
  ),
});

export const recommendationRequestSchema = z.strictObject({
  requestType: text({ min: 1, max: 64, messages: { characters: CONTROL_CHARACTERS_REFUSED } }).regex(
    /^[a-z0-9-]+$/,
    'a request type key such as "job-counselling" is expected',
  ),
  preference: z
    .enum(preferences)
    .optional()
    .describe("The stated preference; without it the request type's usual way is recommended"),
  situation: situationSchema.optional(),
});

export const recommendationResponseSchema = z.object({
  recommended: apiChannel,
  options: z
    .array(z.object({ channel: apiChannel, rank: z.int().min(1), reason: z.string() }))
    .describe("Every allowed channel, ordered by rank"),
});

export async function requestTypesFor(locale: Locale): Promise<z.infer<typeof requestTypesResponseSchema>> {
  const types = await listRequestTypes();
  return {
    requestTypes: types.map((type) => {
      const { title, description } = requestTypeText(type, locale);
      return { key: type.key, title, description, channels: type.allowedChannels.map(toApiChannel) };
    }),
  };
}

/**
 * Recommends for another channel and stores the pass as a Journey (source of the live analytics),
 * like the pages do. NotFoundError (nothing stored) for an unknown request type.
 */
export async function recommendationFor(
  locale: Locale,
  body: z.infer<typeof recommendationRequestSchema>,
): Promise<z.infer<typeof recommendationResponseSchema>> {
  const t = textsFor(locale, "journey");
  const { recommendation } = await startJourney({
    requestTypeKey: body.requestType,
    preference: body.preference ?? null,
    situation: body.situation ?? {},
    language: locale,
    forSomeoneElse: false,
  });
  return {
    recommended: toApiChannel(recommendation.recommended),
    options: recommendation.options.map((option) => ({
      channel: toApiChannel(option.channel),
      rank: option.rank,
      reason: reasonText(t, option),
    })),
  };
}
