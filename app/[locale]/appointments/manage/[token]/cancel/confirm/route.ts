// The cancel page's plain post ("Yes, cancel"): cancel the appointment behind the manage link.
import { confirmCancel } from "@/lib/booking";
import { routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(_request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  return seeOther(await confirmCancel({ locale: routeLocale(locale), token }));
}
