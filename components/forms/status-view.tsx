// The private status page: reference, what was filed and when, where it stands, and its history.
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/buttons";
import { MAX_ANSWER_LENGTH, MAX_FILE_BYTES, MAX_FILES, type SubmissionStatusView } from "@/lib/forms";

const maxMb = MAX_FILE_BYTES / 1024 / 1024;

export async function StatusView({
  submission,
  filed,
  answerAction,
  answered = false,
  problem = null,
}: {
  submission: SubmissionStatusView;
  filed: boolean;
  /** where the answer to an open question is posted */
  answerAction?: string;
  answered?: boolean;
  problem?: "empty" | "file" | "closed" | null;
}) {
  const t = await getTranslations("forms");
  const format = await getFormatter();
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" });
  // A question is open only while the submission waits for the person; once answered or done, the
  // questions and answers are part of the history, not a request above "Erledigt".
  const openQuestion = submission.status === "needs_info";
  const exchange = (
    <ol className="mt-2 flex flex-col gap-3" data-testid="questions">
      {submission.messages.map((message, index) => (
        <li
          key={index}
          className={message.direction === "question" ? "border-s-4 border-accent p-3" : "border-s-4 border-line p-3"}
        >
          <p className="font-semibold">
            {t(message.direction === "question" ? "statusQuestions.asked" : "statusQuestions.yourAnswer", {
              date: when(message.createdAt),
            })}
          </p>
          {message.template ? (
            <p className="mt-1 whitespace-pre-line">{t(`statusQuestions.templates.${message.template}`)}</p>
          ) : null}
          {message.body ? (
            <p className="mt-1 whitespace-pre-line">
              {message.direction === "question" ? (
                <span className="font-semibold">{t("statusQuestions.note")} </span>
              ) : null}
              <span lang={message.direction === "question" ? "de" : undefined}>{message.body}</span>
            </p>
          ) : null}
          {message.files > 0 ? <p className="mt-1">{t("statusQuestions.files", { count: message.files })}</p> : null}
        </li>
      ))}
    </ol>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">{filed ? t("status.filedTitle") : t("status.title")}</h1>
      <div className="mt-4 border-4 border-brand p-4 text-center">
        <p>{t("status.referenceLabel")}</p>
        <p className="mt-1 text-2xl font-bold tracking-wider" data-testid="reference">
          {submission.reference}
        </p>
      </div>
      <p className="mt-4">{t("status.keepLink")}</p>
      <dl className="mt-6 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("status.form")}</dt>
        <dd>{t(`forms.${submission.formKey}.title`)}</dd>
        <dt className="font-semibold">{t("status.filedAt")}</dt>
        <dd>{when(submission.createdAt)}</dd>
        <dt className="font-semibold">{t("status.attachments")}</dt>
        <dd>{submission.attachmentCount}</dd>
        <dt className="font-semibold">{t("status.current")}</dt>
        <dd data-testid="status">{t(`status.values.${submission.status}`)}</dd>
      </dl>
      {answered ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3" data-testid="answered">
          {t("statusQuestions.answered")}
        </p>
      ) : null}
      {openQuestion && submission.messages.length > 0 ? (
        <section aria-labelledby="questions-heading" className="mt-6">
          <h2 id="questions-heading" className="text-xl font-bold">
            {t("statusQuestions.heading")}
          </h2>
          {exchange}
        </section>
      ) : null}
      {submission.status === "needs_info" && answerAction ? (
        <form id="answer" method="post" action={answerAction} encType="multipart/form-data" className="mt-6">
          <h2 id="answer-heading" className="text-xl font-bold">
            {t("statusQuestions.answerTitle")}
          </h2>
          {problem ? (
            <p role="alert" className="mt-2 font-semibold text-accent" id="answer-problem">
              {t(`statusQuestions.problems.${problem}`, { maxFiles: MAX_FILES, maxMb })}
            </p>
          ) : null}
          <div className="mt-3">
            <label htmlFor="answer-text" className="block font-semibold">
              {t("statusQuestions.answerLabel")}
            </label>
            <p id="answer-hint" className="mt-1 text-muted">
              {t("statusQuestions.answerHint")}
            </p>
            <textarea
              id="answer-text"
              name="answer"
              rows={4}
              maxLength={MAX_ANSWER_LENGTH}
              aria-describedby={problem ? "answer-hint answer-problem" : "answer-hint"}
              className="mt-1 block w-full rounded border-2 border-ink bg-white px-3 py-2 text-base"
            />
          </div>
          <div className="mt-4">
            <label htmlFor="answer-files" className="block font-semibold">
              {t("statusQuestions.filesLabel")}
            </label>
            <p id="answer-files-hint" className="mt-1 text-muted">
              {t("statusQuestions.filesHint", { maxFiles: MAX_FILES, maxMb })}
            </p>
            <input
              id="answer-files"
              name="files"
              type="file"
              multiple
              accept="image/*,application/pdf"
              aria-describedby="answer-files-hint"
              className="mt-2 block w-full min-h-11 rounded border-2 border-ink bg-white p-2 text-base"
            />
          </div>
          <div className="mt-4">
            <Button>{t("statusQuestions.send")}</Button>
          </div>
        </form>
      ) : problem === "closed" ? (
        <p role="alert" className="mt-4 font-semibold">
          {t("statusQuestions.problems.closed")}
        </p>
      ) : null}
      <h2 className="mt-6 text-xl font-bold">{t("status.history")}</h2>
      <ol className="mt-2 border-s-4 border-line ps-4" data-testid="status-history">
        {submission.history.map((change, index) => (
          <li key={index} className="py-1">
            <span className="font-semibold">{t(`status.values.${change.toStatus}`)}</span> – {when(change.createdAt)}
          </li>
        ))}
      </ol>
      {!openQuestion && submission.messages.length > 0 ? <div className="mt-3">{exchange}</div> : null}
      <h2 className="mt-6 text-xl font-bold">{t("status.next")}</h2>
      <p className="mt-1">{t("status.nextText")}</p>
    </>
  );
}
