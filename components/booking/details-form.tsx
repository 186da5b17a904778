// The person's details for a booking: name, at least one contact, optional customer number,
// interpreter language, accessibility needs, a note and, for video, consent. A plain form post
// (lib/booking/posts.ts saveDetails).
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/fields";
import { type DraftData, type DraftErrors, bookingPath } from "@/lib/booking";
import { languageName } from "@/i18n/locales";

export const INTERPRETER_LANGUAGES = [
  "tr",
  "ar",
  "uk",
  "ru",
  "bg",
  "ro",
  "fa",
  "ku",
  "pl",
  "en",
  "fr",
  "sq",
  "ti",
  "prs",
];

export async function DetailsForm({
  locale,
  values,
  errors,
  draft,
}: {
  locale: string;
  values: DraftData;
  errors: DraftErrors;
  draft?: string;
}) {
  const t = await getTranslations("booking");
  const message = (key?: string) => (key ? t(`errors.${key}`) : undefined);
  const summary = Object.entries(errors).map(([field, key]) => ({
    fieldId: field === "form" ? "name" : field,
    message: t(`errors.${key}`),
  }));
  return (
    <form method="post" action={bookingPath(locale, "/appointments/new/details/save")} noValidate>
      <ErrorSummary title={t("errors.title")} errors={summary} />
      <input type="hidden" name="requestType" value={values.requestType} />
      <input type="hidden" name="channel" value={values.channel} />
      <input type="hidden" name="locationId" value={values.locationId} />
      <input type="hidden" name="start" value={values.start} />
      <input type="hidden" name="journeyId" value={values.journeyId ?? ""} />
      {draft ? <input type="hidden" name="draft" value={draft} /> : null}
      <TextField
        name="name"
        label={t("details.name")}
        autoComplete="name"
        defaultValue={values.person.name}
        error={message(errors.name)}
        required
      />
      <p id="contact-hint" className="mb-3">
        {t("details.contactHint")}
      </p>
      <TextField
        name="email"
        type="email"
        label={t("details.email")}
        autoComplete="email"
        inputMode="email"
        defaultValue={values.person.email}
        error={message(errors.email)}
      />
      <TextField
        name="phone"
        type="tel"
        label={t("details.phone")}
        autoComplete="tel"
        inputMode="tel"
        defaultValue={values.person.phone}
        error={message(errors.phone)}
      />
      <TextField
        name="customerNumber"
        label={t("details.customerNumber")}
        hint={t("details.customerNumberHint")}
        defaultValue={values.person.customerNumber}
        error={message(errors.customerNumber)}
      />
      <div className="mb-5">
        <label htmlFor="interpreter" className="block font-semibold">
          {t("details.interpreter")}
        </label>
        <select
          id="interpreter"
          name="interpreter"
          defaultValue={values.interpreter}
          className="mt-1 block min-h-11 w-full rounded border-2 border-ink bg-white px-3 py-2 text-base"
        >
          <option value="">{t("details.interpreterNone")}</option>
          {INTERPRETER_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(locale, code)}
            </option>
          ))}
        </select>
      </div>
      <TextArea
        name="accessibilityNeeds"
        label={t("details.accessibility")}
        hint={t("details.accessibilityHint")}
        defaultValue={values.accessibilityNeeds}
        error={message(errors.accessibilityNeeds)}
      />
      <TextArea name="note" label={t("details.note")} defaultValue={values.note} error={message(errors.note)} />
      {values.channel === "video" ? (
        <div className="mb-5 rounded border border-line p-3">
          <div className="flex items-start gap-3">
            <input
              type="checkbox"
              id="videoConsent"
              name="videoConsent"
              value="yes"
              defaultChecked={values.videoConsent}
              aria-describedby={`videoConsent-hint${errors.videoConsent ? " videoConsent-error" : ""}`}
              aria-invalid={errors.videoConsent ? true : undefined}
              className="mt-1 size-6 shrink-0 accent-brand"
            />
            <label htmlFor="videoConsent" className="font-semibold">
              {t("details.consent")}
            </label>
          </div>
          <p id="videoConsent-hint" className="mt-1">
            {t("details.consentHint")}
          </p>
          {errors.videoConsent ? (
            <p id="videoConsent-error" className="mt-1 font-semibold text-accent">
              {t(`errors.${errors.videoConsent}`)}
            </p>
          ) : null}
        </div>
      ) : null}
      <Button>{t("continue")}</Button>
    </form>
  );
}
