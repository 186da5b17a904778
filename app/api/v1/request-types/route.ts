// GET /api/v1/request-types?locale=de
import { handle, json, parseQuery } from "@/lib/api/http";
import { localeQuerySchema, requestTypesFor } from "@/lib/journey";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const query = parseQuery(request, localeQuerySchema);
  if (!query.ok) return query.response;
  return json(await requestTypesFor(query.value.locale));
});
