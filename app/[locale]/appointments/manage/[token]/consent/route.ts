// The manage page's plain post for a video appointment: give or withdraw the consent.
import { changeVideoConsent } from "@/lib/booking";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  return seeOther(await changeVideoConsent(await readForm(request), { locale: routeLocale(locale), token }));
}
