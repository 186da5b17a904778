// A person followed an option: record the chosen channel on the journey, then go on into that
// channel's flow (docs/conventions.md URL contract). A plain link, so it works without JavaScript.
import { localePath } from "@/i18n/navigation";
import { fromApiChannel } from "@/lib/channels";
import { flowTarget, recordChoice } from "@/lib/journey";
import { routeLocale, seeOther } from "@/lib/plain-post";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = routeLocale(raw);
  const query = new URL(request.url).searchParams;
  const channel = fromApiChannel(query.get("channel") ?? "");
  const journey = channel ? await recordChoice(query.get("journey") ?? "", channel) : null;
  if (!channel || !journey) return seeOther(localePath(locale, "/"));
  const target = flowTarget(channel, journey.requestType, journey.id);
  const [path, search] = target.href.split("?");
  const location = target.external ? target.href : `${localePath(locale, path)}${search ? `?${search}` : ""}`;
  return seeOther(location);
}
