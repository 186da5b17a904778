// The reschedule page's plain post: move the appointment behind the manage link to the chosen time.
import { confirmReschedule } from "@/lib/booking";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  return seeOther(
    await confirmReschedule(await readForm(request), { locale: routeLocale(locale), token, headers: request.headers }),
  );
}
