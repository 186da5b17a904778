// A person followed an option: record the chosen channel on the journey, then go on into that
// channel's flow (docs/conventions.md URL contract). A plain link, so it works without JavaScript.
import { localePath } from "@/i18n/navigation";
import { isLocale, routing } from "@/i18n/routing";
import { fromApiChannel } from "@/lib/journey/channel-names";
import { flowTarget } from "@/lib/journey/flow-links";
import { recordChoice } from "@/lib/journey/journeys";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : routing.defaultLocale;
  const query = new URL(request.url).searchParams;
  const channel = fromApiChannel(query.get("channel") ?? "");
  const journey = channel ? await recordChoice(query.get("journey") ?? "", channel) : null;
  if (!channel || !journey) {
    return new Response(null, { status: 303, headers: { Location: localePath(locale, "/"), "Cache-Control": "no-store" } });
  }
  const target = flowTarget(channel, journey.requestType, journey.id);
  const [path, search] = target.href.split("?");
  const location = target.external ? target.href : `${localePath(locale, path)}${search ? `?${search}` : ""}`;
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
