// Receives the preference form (a plain POST, no JavaScript needed), stores the journey and
// redirects to its recommendation (post/redirect/get). Errors go back to the form in the query.
import { localePath } from "@/i18n/navigation";
import { NotFoundError } from "@/lib/errors";
import {
  startJourney,
  parsePreferenceForm,
  preferenceFormQuery,
  readPreferenceForm,
  findRequestType,
} from "@/lib/journey";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; requestType: string }> }) {
  const { locale: raw, requestType: key } = await params;
  const locale = routeLocale(raw);
  const path = (href: string) => localePath(locale, href);
  const type = await findRequestType(key);
  if (!type) return seeOther(path("/"));

  const values = readPreferenceForm(await readForm(request));
  const parsed = parsePreferenceForm(values, { requirePreference: !type.isEmergency });
  if (!parsed.ok) return seeOther(`${path(`/journey/${type.key}`)}?${preferenceFormQuery(values, parsed.errors)}`);
  try {
    const { journeyId } = await startJourney({ requestTypeKey: type.key, language: locale, ...parsed.value });
    return seeOther(path(`/journey/${type.key}/recommendation/${journeyId}`));
  } catch (error) {
    if (error instanceof NotFoundError) return seeOther(path("/"));
    throw error;
  }
}
