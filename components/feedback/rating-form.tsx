// The one-tap rating after a finished flow: an optional comment first, then five buttons (1–5),
// each of which sends the form at once. A plain form, posted without JavaScript.
import { getTranslations } from "next-intl/server";
import { TextArea } from "@/components/ui/fields";
import { localePath } from "@/i18n/navigation";

export interface RatingFormProps {
  locale: string;
  journeyId: string | null;
  comment?: string;
  errors?: Partial<Record<"rating" | "comment" | "journey", string>>;
  maxComment: number;
}

export async function RatingForm({ locale, journeyId, comment = "", errors = {}, maxComment }: RatingFormProps) {
  const t = await getTranslations("questionnaire.rating");
  const error = (field: "rating" | "comment") =>
    errors[field] ? t(`errors.${errors[field]}`, { max: String(maxComment) }) : undefined;
  return (
    <section aria-labelledby="rating-title" className="mt-8 border-t-2 border-line pt-6" data-testid="rating">
      <h2 id="rating-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <form method="post" action={localePath(locale, "/feedback/rate/send")} className="mt-3">
        {journeyId ? <input type="hidden" name="journey" value={journeyId} /> : null}
        <TextArea
          name="comment"
          label={t("comment")}
          hint={t("commentHint")}
          error={error("comment")}
          defaultValue={comment}
          maxLength={maxComment}
          rows={3}
        />
        <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
          <legend className="font-semibold">{t("legend")}</legend>
          {errors.rating ? (
            <p id="rating-error" className="mt-1 font-semibold text-accent">
              {error("rating")}
            </p>
          ) : null}
          <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-5">
            {(["1", "2", "3", "4", "5"] as const).map((value, index) => (
              <button
                key={value}
                type="submit"
                name="rating"
                value={value}
                id={index === 0 ? "rating" : undefined}
                className="inline-flex min-h-11 items-center justify-center rounded border-2 border-brand bg-white px-3 py-2 font-semibold text-brand hover:bg-surface"
              >
                {t(`values.${value}`)}
              </button>
            ))}
          </div>
        </fieldset>
      </form>
    </section>
  );
}
