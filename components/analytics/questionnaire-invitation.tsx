// The invitation on a finished journey's page: what the questionnaire is, the consent sentence, and
// a button that starts it. Only the journey's stated preference goes along (a hidden field), no id.
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { localePath } from "@/i18n/navigation";

export async function QuestionnaireInvitation({
  locale,
  type,
  questions,
}: {
  locale: string;
  type: string | null;
  questions: number;
}) {
  const t = await getTranslations("questionnaire.invitation");
  return (
    <section
      aria-labelledby="questionnaire-title"
      className="mt-8 rounded border-2 border-line p-4"
      data-testid="questionnaire-invitation"
    >
      <h2 id="questionnaire-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-2">{t("text", { count: questions })}</p>
      <p className="mt-2">{t("consent")}</p>
      <form method="post" action={localePath(locale, "/questionnaire/start")} className="mt-4">
        {type ? <input type="hidden" name="type" value={type} /> : null}
        <Button>{t("start")}</Button>
      </form>
    </section>
  );
}
