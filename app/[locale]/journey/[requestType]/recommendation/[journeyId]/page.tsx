// Step 3: the recommended channel first with its reason, every other allowed channel below with
// its own; each leads through /journey/choose (which records the choice) into its flow.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChannelOption } from "@/components/journey/channel-option";
import { EmergencyInfo } from "@/components/journey/emergency-info";
import { TitledSection } from "@/components/ui/titled-section";
import { localePath } from "@/i18n/navigation";
import { toApiChannel } from "@/lib/channels";
import {
  findJourney,
  preferenceFormQuery,
  valuesFromJourney,
  reasonText,
  requestTypeText,
  type JourneyTranslator,
} from "@/lib/journey";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; requestType: string; journeyId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "journey" });
  return { title: t("recommendation.title"), robots: { index: false } };
}

export default async function RecommendationPage({ params }: Props) {
  const { locale, requestType: key, journeyId } = await params;
  setRequestLocale(locale);
  const journey = await findJourney(journeyId, key);
  const t = (await getTranslations("journey")) as unknown as JourneyTranslator;
  // Shown in place rather than with notFound(), whose page stays empty without JavaScript.
  if (!journey) return <JourneyNotFound locale={locale} t={t} />;
  const options = journey.options.map((option) => ({
    channel: option.channel,
    reason: reasonText(t, option),
    href: localePath(locale, `/journey/choose?journey=${journey.id}&channel=${toApiChannel(option.channel)}`),
    external: option.channel === "online" && Boolean(journey.requestType.externalUrl),
  }));
  const [first, ...others] = options;
  const changeHref = `${localePath(locale, `/journey/${key}`)}?${preferenceFormQuery(valuesFromJourney(journey))}`;
  return (
    <>
      {journey.emergency ? <EmergencyInfo /> : null}
      <p className="font-semibold text-muted">
        {t("recommendation.forRequest", { requestType: requestTypeText(journey.requestType, locale).title })}
      </p>
      <h1 className="text-2xl font-bold">{t("recommendation.title")}</h1>
      {journey.forSomeoneElse ? (
        <p className="mt-3 border-s-4 border-brand bg-surface p-3">{t("recommendation.helper")}</p>
      ) : null}
      <div className="mt-4" data-testid="recommended">
        <ChannelOption option={first} recommended />
      </div>
      {others.length > 0 ? (
        <TitledSection
          id="others-title"
          title={t("recommendation.others")}
          intro={t("recommendation.othersIntro")}
          size="xl"
          className="mt-8"
        >
          <ul className="mt-3 flex flex-col gap-3" data-testid="other-options">
            {others.map((option) => (
              <li key={option.channel}>
                <ChannelOption option={option} recommended={false} />
              </li>
            ))}
          </ul>
        </TitledSection>
      ) : null}
      {journey.situation.interpreter ? <p className="mt-6">{t("recommendation.interpreter")}</p> : null}
      <ul className="mt-6 flex flex-col gap-1">
        <li>
          <a href={changeHref} className="inline-flex min-h-11 items-center">
            {t("recommendation.change")}
          </a>
        </li>
        <li>
          <a href={localePath(locale, "/")} className="inline-flex min-h-11 items-center">
            {t("recommendation.home")}
          </a>
        </li>
      </ul>
    </>
  );
}

function JourneyNotFound({ locale, t }: { locale: string; t: JourneyTranslator }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{t("recommendation.notFoundTitle")}</h1>
      <p className="mt-2">{t("recommendation.notFoundText")}</p>
      <p className="mt-4">
        <a href={localePath(locale, "/")} className="inline-flex min-h-11 items-center">
          {t("recommendation.home")}
        </a>
      </p>
    </>
  );
}
