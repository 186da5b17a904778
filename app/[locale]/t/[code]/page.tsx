// The manage link's printed form: <portal>/t/<code> from the front desk's confirmation, typed by the
// person (case, spaces and dashes do not matter). A code that opens an appointment leads to its
// manage page in the appointment's language; any other says so, without telling more.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { bookingPageMetadata, bookingPath, openManageCode } from "@/lib/booking";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return bookingPageMetadata(params, "printed.codeTitle", { private: true });
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}

export default async function ManageCodePage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const opened = await openManageCode(decoded(code));
  if (opened) redirect(bookingPath(opened.language, `/appointments/manage/${opened.token}`));
  const t = await getTranslations("booking");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("printed.codeTitle")}</h1>
      <p className="mt-2">{t("printed.codeUnknown")}</p>
    </>
  );
}
