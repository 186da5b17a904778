// The chosen time went to someone else a moment ago: offer the next free times right here.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadDraft, bookingPath, formatWhen, bookingPageMetadata } from "@/lib/booking";
import { toApiChannel } from "@/lib/channels";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return bookingPageMetadata(params, "taken.title");
}

export default async function TakenPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ draft?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("booking");
  const draft = await loadDraft((await searchParams).draft);
  const next = draft?.data.nextSlots ?? [];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("taken.title")}</h1>
      {!draft ? <p className="mt-2">{t("errors.expired")}</p> : null}
      {draft && next.length === 0 ? <p className="mt-2">{t("taken.none")}</p> : null}
      {draft && next.length > 0 ? (
        <form method="post" action={bookingPath(locale, "/appointments/new/taken/choose")} className="mt-4">
          <p>{t("taken.intro")}</p>
          <input type="hidden" name="draft" value={draft.token} />
          <ul className="mt-2 flex flex-col gap-2">
            {next.map((start) => (
              <li key={start}>
                <button
                  type="submit"
                  name="start"
                  value={start}
                  className="inline-flex min-h-11 w-full items-center rounded border-2 border-brand bg-white px-3 py-2 font-semibold text-brand hover:bg-surface"
                >
                  {formatWhen(locale, new Date(start))}
                </button>
              </li>
            ))}
          </ul>
        </form>
      ) : null}
      {draft ? (
        <p className="mt-6">
          <a
            href={bookingPath(locale, "/appointments/new/time", {
              requestType: draft.data.requestType,
              channel: toApiChannel(draft.data.channel),
              location: draft.data.locationId,
            })}
          >
            {t("taken.otherDay")}
          </a>
        </p>
      ) : null}
    </>
  );
}
