// Start of an online form: what it is for, what you need, how long it takes, and "Start".
import type { Metadata } from "next";
import { formPageMetadata, findForm, localized, callbackRequestTypeAllowed, onlineFormOffered } from "@/lib/forms";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/buttons";
import { FormFrame } from "@/components/forms/form-frame";
import { NotFoundMessage } from "@/components/ui/not-found-message";
import { findRequestType, requestTypeTitle } from "@/lib/journey";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; formKey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, formKey } = await params;
  const form = findForm(formKey);
  if (!form) return formPageMetadata;
  const t = await getTranslations({ locale, namespace: "forms" });
  return { ...formPageMetadata, title: t(`forms.${form.key}.title`) };
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function FormStartPage({ params, searchParams }: Props) {
  const { locale, formKey } = await params;
  setRequestLocale(locale);
  const form = findForm(formKey);
  if (!form) return <NotFoundMessage />;
  const query = await searchParams;
  const t = await getTranslations("forms");
  const journey = /^[0-9a-f-]{36}$/i.test(one(query.journey)) ? one(query.journey) : undefined;
  const requestType = form.key === "callback" ? one(query.requestType) : form.key;
  const callbackOk = form.key !== "callback" || (await callbackRequestTypeAllowed(requestType));
  // An admin may switch a request type's online channel off (/staff/admin/request-types).
  const offered = form.key === "callback" ? callbackOk : await onlineFormOffered(form.key);
  const callbackType = form.key === "callback" && callbackOk ? await findRequestType(requestType) : null;
  const requestTitle = callbackType ? requestTypeTitle(callbackType, locale) : null;

  return (
    <FormFrame
      formKey={form.key}
      requestType={callbackOk ? requestType : ""}
      journeyId={journey}
      caption={t("ui.formsLabel")}
      title={t(`forms.${form.key}.title`)}
    >
      {requestTitle ? <p className="mb-2 font-semibold">{t("ui.callbackFor", { title: requestTitle })}</p> : null}
      <p>{t(`forms.${form.key}.intro`)}</p>
      <p className="mt-2 text-muted">{t("ui.minutes", { minutes: form.minutes })}</p>
      <h2 className="mt-6 text-xl font-bold">{t("ui.needTitle")}</h2>
      <ul className="mt-2 list-disc ps-5" data-testid="checklist">
        {form.checklist.map((item) => (
          <li key={item}>{t(`forms.${form.key}.checklist.${item}`)}</li>
        ))}
      </ul>
      {offered ? (
        <form method="post" action={localized(locale, `/forms/${form.key}/start`)} className="mt-6">
          {journey ? <input type="hidden" name="journey" value={journey} /> : null}
          {form.key === "callback" ? <input type="hidden" name="requestType" value={requestType} /> : null}
          <Button>{t("ui.start")}</Button>
        </form>
      ) : (
        <div className="mt-6">
          <p role="alert" className="border-s-4 border-accent p-3 font-semibold">
            {form.key === "callback" ? t("ui.callbackInvalid") : t("ui.formOff")}
          </p>
          <ButtonLink href={localized(locale, "/")} variant="secondary" className="mt-4">
            {t("ui.startAgain")}
          </ButtonLink>
        </div>
      )}
    </FormFrame>
  );
}
