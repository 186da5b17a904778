// Receives the preference form (a plain POST, no JavaScript needed), stores the journey and
// redirects to its recommendation (post/redirect/get). Errors go back to the form in the query.
import { localePath } from "@/i18n/navigation";
import { isLocale, routing } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";
import { startJourney } from "@/lib/journey/journeys";
import { parsePreferenceForm, preferenceFormQuery, readPreferenceForm } from "@/lib/journey/preference-form";
import { findRequestType } from "@/lib/journey/request-types";

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; requestType: string }> }) {
  const { locale: raw, requestType: key } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const path = (href: string) => localePath(locale, href);
  const type = await findRequestType(key);
  if (!type) return seeOther(path("/"));

  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    data = new FormData();
  }
  const values = readPreferenceForm(data);
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
