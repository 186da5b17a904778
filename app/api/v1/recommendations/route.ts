// POST /api/v1/recommendations?locale=de
import { handle, json, parseJsonBody, parseQuery } from "@/lib/api/http";
import { localeQuerySchema, recommendationFor, recommendationRequestSchema } from "@/lib/journey";

export const POST = handle(async (request: Request) => {
  const query = parseQuery(request, localeQuerySchema);
  if (!query.ok) return query.response;
  const body = await parseJsonBody(request, recommendationRequestSchema);
  if (!body.ok) return body.response;
  return json(await recommendationFor(query.value.locale, body.value));
});
