// The preference and situation questions as one plain form (posted to a route handler, works
// without JavaScript). Only the stated preference is asked for; every situation question may be skipped.
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { ChoiceGroup } from "@/components/ui/fields";
import {
  deviceProfiles,
  distances,
  helpNeeds,
  needValues,
  preferenceChoices,
  preferenceErrorMessages,
  type PreferenceFormErrors,
  type PreferenceFormValues,
} from "@/lib/journey";

/** Languages people may want to talk in, each named in itself (data, not UI text). */
const CONVERSATION_LANGUAGES: [tag: string, name: string][] = [
  ["de", "Deutsch"],
  ["tr", "Türkçe"],
  ["ar", "العربية"],
  ["uk", "Українська"],
  ["bg", "Български"],
  ["ro", "Română"],
  ["en", "English"],
  ["pl", "Polski"],
  ["ru", "Русский"],
  ["fa", "فارسی"],
  ["ku", "Kurdî"],
  ["it", "Italiano"],
  ["hr", "Hrvatski"],
];

export async function PreferenceForm({
  action,
  values,
  errors,
  emergency,
}: {
  action: string;
  values: PreferenceFormValues;
  errors: PreferenceFormErrors;
  emergency: boolean;
}) {
  const t = await getTranslations("journey.preference");
  const error = (field: keyof PreferenceFormErrors) =>
    errors[field] ? t(preferenceErrorMessages[errors[field]]) : undefined;
  return (
    <form method="post" action={action} noValidate>
      <ChoiceGroup
        name="forWhom"
        legend={t("forWhom")}
        error={error("forWhom")}
        selected={[values.forWhom ?? "self"]}
        choices={[
          { value: "self", label: t("forMe") },
          { value: "other", label: t("forSomeoneElse"), hint: t("forSomeoneElseHint") },
        ]}
      />
      {emergency ? null : (
        <>
          <ChoiceGroup
            name="preference"
            legend={t("legend")}
            error={error("preference")}
            selected={values.preference ? [values.preference] : []}
            choices={preferenceChoices.map((choice) => ({
              value: choice,
              label: t(choice),
              hint: choice === "none" ? undefined : t(`${choice}Hint`),
            }))}
          />
          <h2 className="mt-8 text-xl font-bold">{t("situationTitle")}</h2>
          <p className="mb-4 mt-1">{t("situationIntro")}</p>
          <ChoiceGroup
            name="helpNeed"
            legend={t("helpLegend")}
            legendClassName="font-bold"
            error={error("helpNeed")}
            selected={values.helpNeed ? [values.helpNeed] : []}
            choices={helpNeeds.map((value) => ({ value, label: t(`help.${value}`) }))}
          />
          <ChoiceGroup
            name="devices"
            legend={t("devicesLegend")}
            legendClassName="font-bold"
            error={error("devices")}
            selected={values.devices ? [values.devices] : []}
            choices={deviceProfiles.map((value) => ({ value, label: t(`devices.${value}`) }))}
          />
          <div className="mb-6">
            <label htmlFor="language" className="block font-bold">
              {t("languageLabel")}
            </label>
            {errors.language ? (
              <p id="language-error" className="mt-1 font-semibold text-accent">
                {error("language")}
              </p>
            ) : null}
            <select
              id="language"
              name="language"
              defaultValue={values.language ?? ""}
              aria-invalid={errors.language ? true : undefined}
              aria-describedby={errors.language ? "language-error" : undefined}
              className="mt-1 block min-h-11 w-full rounded border-2 border-ink bg-white px-3 py-2 text-base"
            >
              <option value="">{t("languageNone")}</option>
              {CONVERSATION_LANGUAGES.map(([tag, name]) => (
                <option key={tag} value={tag} lang={tag}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <ChoiceGroup
            name="needs"
            multiple
            legend={t("needsLegend")}
            legendClassName="font-bold"
            error={error("needs")}
            selected={values.needs}
            choices={needValues.map((value) => ({ value, label: t(`needs.${value}`) }))}
          />
          <ChoiceGroup
            name="distance"
            legend={t("distanceLegend")}
            legendClassName="font-bold"
            error={error("distance")}
            selected={values.distance ? [values.distance] : []}
            choices={distances.map((value) => ({ value, label: t(`distance.${value}`) }))}
          />
        </>
      )}
      <Button>{emergency ? t("emergencySubmit") : t("submit")}</Button>
    </form>
  );
}
