// The upload page's plain post for "Remove": take one file off the draft, then the page again.
import { removeFile } from "@/lib/forms";
import { readForm, routeLocale, seeOther } from "@/lib/plain-post";

export async function POST(
  request: Request,
  { params }: { params: Promise<{ locale: string; token: string; step: string }> },
) {
  const { locale, token, step } = await params;
  return seeOther(await removeFile(await readForm(request), { locale: routeLocale(locale), token, step }));
}
