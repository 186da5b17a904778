// The task list of a long form: each section with its state; checking and sending once all are done.
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/buttons";
import { type SectionState, draftPath } from "@/lib/forms";

export async function TaskList({
  token,
  sections,
}: {
  token: string;
  sections: { section: string; state: SectionState; firstPage: string }[];
}) {
  const t = await getTranslations("forms");
  const locale = await getLocale();
  const done = sections.filter((section) => section.state === "completed").length;
  return (
    <>
      <p className="mb-4 font-semibold">{t("tasks.progress", { done, total: sections.length })}</p>
      <ol className="divide-y divide-line border-y border-line" data-testid="task-list">
        {sections.map(({ section, state, firstPage }) => (
          <li key={section} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <a
              href={draftPath(token, firstPage, locale)}
              className="inline-flex min-h-11 items-center font-semibold"
              aria-describedby={`state-${section}`}
            >
              {t(`tasks.sections.${section}`)}
            </a>
            <span
              id={`state-${section}`}
              className={
                state === "completed" ? "rounded bg-brand px-2 py-1 text-white" : "rounded bg-surface px-2 py-1"
              }
            >
              {t(`tasks.${state}`)}
            </span>
          </li>
        ))}
      </ol>
      <div className="mt-6">
        {done === sections.length ? (
          <ButtonLink href={draftPath(token, "check", locale)}>{t("tasks.toCheck")}</ButtonLink>
        ) : (
          <p>{t("tasks.notReady")}</p>
        )}
      </div>
    </>
  );
}
