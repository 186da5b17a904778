// Page titles of the booking flow: each page names its own step (WCAG 2.4.2), so a screen reader
// and the browser's tab say where the person is. Pages under the private manage link are also kept
// out of search engines.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

const PRIVATE: Metadata = { robots: { index: false, follow: false } };

export async function bookingPageMetadata(
  params: Promise<{ locale: string }>,
  titleKey: string,
  options: { private?: boolean } = {},
): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "booking" });
  return { title: t(titleKey), ...(options.private ? PRIVATE : {}) };
}
