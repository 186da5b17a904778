// The emergency information: what to do today, where, when and whom to call (demo data). Shown
// before anything else whenever a journey is an emergency.
import { getTranslations } from "next-intl/server";

const PHONE_DISPLAY = "0621 17238-333";
const PHONE_LINK = "tel:+4962117238333";

export async function EmergencyInfo() {
  const t = await getTranslations("journey.emergency");
  return (
    <section aria-labelledby="emergency-title" className="mb-6 border-4 border-accent p-4" data-testid="emergency-info">
      <h2 id="emergency-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-2">{t("intro")}</p>
      <h3 className="mt-4 font-bold">{t("todayTitle")}</h3>
      <ol className="mt-1 list-decimal ps-6">
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">{t("addressTitle")}</dt>
        <dd className="preserve-lines">{t("address")}</dd>
        <dt className="font-bold">{t("hoursTitle")}</dt>
        <dd className="preserve-lines">{t("hours")}</dd>
        <dt className="font-bold">{t("phoneTitle")}</dt>
        <dd>
          <a href={PHONE_LINK} className="inline-flex min-h-11 items-center text-lg font-bold" dir="ltr">
            {PHONE_DISPLAY}
          </a>
        </dd>
      </dl>
      <p className="mt-3 font-semibold">{t("after")}</p>
      <p className="mt-1 text-sm text-muted">{t("demo")}</p>
    </section>
  );
}
