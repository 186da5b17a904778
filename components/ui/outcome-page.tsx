// The one page a citizen's flow ends on: feedback sent, a rating saved, the questionnaire sent,
// stopped or expired. A notice with its title and text, and the way back to the start; each route
// names its texts (namespace and keys of the message files), so that they all read and look alike.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localePath } from "@/i18n/navigation";

export interface OutcomeTexts {
  /** the message namespace the keys are in, e.g. "pages.feedback" */
  namespace: string;
  title: string;
  text: string;
  /** the link back to the start */
  home: string;
  /** kept out of search engines (pages only a finished flow leads to) */
  noIndex?: boolean;
}

export async function outcomeMetadata(locale: string, texts: OutcomeTexts): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: texts.namespace });
  return { title: t(texts.title), ...(texts.noIndex ? { robots: { index: false } } : {}) };
}

export async function OutcomePage({ locale, texts }: { locale: string; texts: OutcomeTexts }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: texts.namespace });
  return (
    <>
      <div role="status" className="border-s-4 border-brand bg-surface p-4">
        <h1 className="text-2xl font-bold">{t(texts.title)}</h1>
        <p className="mt-2">{t(texts.text)}</p>
      </div>
      <p className="mt-6">
        <a href={localePath(locale, "/")} className="inline-flex min-h-11 items-center">
          {t(texts.home)}
        </a>
      </p>
    </>
  );
}
