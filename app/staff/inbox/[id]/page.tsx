// One submission: the answers, the files (each opening recorded), the questions to the person and
// their answers, the status history; assign to oneself, move the status, ask for information.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/buttons";
import { SelectField, TextField } from "@/components/ui/fields";
import { INFORMATION_TEMPLATES, loadSubmission } from "@/lib/forms";
import { languageName } from "@/lib/languages";
import { staffPage } from "@/lib/staff";
import { dateTime, STATUS_LABELS, submissionPage, TEMPLATE_LABELS } from "../labels";

export const metadata: Metadata = { title: "Antrag" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  assigned: "Der Antrag ist Ihnen zugewiesen.",
  status: "Der Stand ist geändert; die Person sieht ihn auf ihrer Statusseite.",
  asked:
    "Die Rückfrage ist gestellt. Die Person bekommt eine Nachricht und sieht die Frage in ihrer Sprache auf ihrer Statusseite.",
  "not-allowed": "Das geht bei diesem Stand nicht.",
  invalid: "Das ging so nicht: Bitte eine Frage wählen; die Notiz darf höchstens 500 Zeichen haben.",
};

const NEXT: Record<string, { to: string; label: string }[]> = {
  received: [{ to: "in_review", label: "In Bearbeitung nehmen" }],
  in_review: [{ to: "done", label: "Abschließen (erledigt)" }],
  needs_info: [{ to: "in_review", label: "Ohne Antwort weiterbearbeiten" }],
  done: [],
};

export default async function SubmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { session, data: submission } = await staffPage("submission.read", {
    returnTo: submissionPage(id),
    view: {
      load: async () => (await loadSubmission(id)) ?? notFound(),
      event: (submission) => ({
        action: "submission.viewed",
        citizenId: submission.citizenId,
        object: { type: "form_submission", id: submission.id },
        details: {},
      }),
    },
  });
  const query = await searchParams;
  const notice = typeof query.notice === "string" ? NOTICES[query.notice] : undefined;
  const mine = submission.assignee?.id === session.staff.id;
  return (
    <>
      <p>
        <a href="/staff/inbox">Zurück zum Posteingang</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        {submission.formTitle} · {submission.reference}
      </h1>
      {notice ? (
        <p role="status" className="mt-3 border-s-4 border-brand bg-surface p-3">
          {notice}
        </p>
      ) : null}
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Stand</dt>
        <dd data-testid="submission-status">{STATUS_LABELS[submission.status]}</dd>
        <dt className="font-semibold">Eingegangen</dt>
        <dd>{dateTime.format(submission.createdAt)}</dd>
        <dt className="font-semibold">Eingereicht</dt>
        <dd>
          {submission.filedAtCounter
            ? `am Schalter mit Hilfe${submission.filedAtCounter.by ? ` (${submission.filedAtCounter.by})` : ""}`
            : "von der Person selbst"}
        </dd>
        <dt className="font-semibold">Sprache der Person</dt>
        <dd>{languageName(submission.language)}</dd>
        <dt className="font-semibold">Zuständig</dt>
        <dd>{submission.assignee ? submission.assignee.name : "niemand"}</dd>
        <dt className="font-semibold">Person</dt>
        <dd>
          {submission.citizenId ? (
            <a href={`/staff/people/${submission.citizenId}`}>Personenseite öffnen</a>
          ) : (
            "nicht zugeordnet"
          )}
        </dd>
      </dl>
      {!mine ? (
        <form method="post" action={submissionPage(submission.id, "/assign")} className="mt-3">
          <Button variant="secondary">Mir zuweisen</Button>
        </form>
      ) : null}

      <section aria-labelledby="answers-heading" className="mt-6">
        <h2 id="answers-heading" className="text-xl font-bold">
          Angaben
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1" data-testid="answers">
          {submission.answers.map((answer) => (
            <div key={answer.field} className="contents">
              <dt className="font-semibold">{answer.label}</dt>
              <dd className="whitespace-pre-line">{answer.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="files-heading" className="mt-6">
        <h2 id="files-heading" className="text-xl font-bold">
          Dateien ({submission.attachments.length})
        </h2>
        {submission.attachments.length === 0 ? (
          <p className="mt-2">Keine Dateien.</p>
        ) : (
          <ul className="mt-2 ms-6 list-disc" data-testid="attachments">
            {submission.attachments.map((file) => (
              <li key={file.id}>
                <a href={submissionPage(submission.id, `/attachments/${file.id}`)}>{file.name}</a> (
                {Math.ceil(file.sizeBytes / 1024)} KB{file.withAnswer ? ", mit einer Antwort" : ""},{" "}
                {dateTime.format(file.createdAt)})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="messages-heading" className="mt-6">
        <h2 id="messages-heading" className="text-xl font-bold">
          Rückfragen und Antworten
        </h2>
        {submission.messages.length === 0 ? (
          <p className="mt-2">Noch keine.</p>
        ) : (
          <ol className="mt-2 flex flex-col gap-2" data-testid="messages">
            {submission.messages.map((message) => (
              <li
                key={message.id}
                className={`border-s-4 p-2 ${message.direction === "question" ? "border-brand" : "border-accent"}`}
              >
                <p className="font-semibold">
                  {message.direction === "question"
                    ? `Rückfrage von ${message.staff ?? "Mitarbeitenden"}`
                    : "Antwort der Person"}
                  , {dateTime.format(message.createdAt)}
                </p>
                {message.templateText ? <p>{message.templateText}</p> : null}
                {message.body ? <p className="whitespace-pre-line">{message.body}</p> : null}
                {message.files > 0 ? (
                  <p>{message.files === 1 ? "1 Datei" : `${message.files} Dateien`} (oben unter „Dateien“)</p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {submission.status !== "done" ? (
        <section aria-labelledby="work-heading" className="mt-6">
          <h2 id="work-heading" className="text-xl font-bold">
            Bearbeiten
          </h2>
          <div className="mt-2 flex flex-wrap gap-2">
            {NEXT[submission.status].map((next) => (
              <form key={next.to} method="post" action={submissionPage(submission.id, "/status")}>
                <input type="hidden" name="to" value={next.to} />
                <Button variant={next.to === "done" ? "primary" : "secondary"}>{next.label}</Button>
              </form>
            ))}
          </div>
          {submission.status === "received" || submission.status === "in_review" ? (
            <form
              method="post"
              action={submissionPage(submission.id, "/ask")}
              className="mt-4 max-w-xl"
              aria-labelledby="ask-heading"
            >
              <h3 id="ask-heading" className="text-lg font-bold">
                Rückfrage an die Person
              </h3>
              <p className="text-muted">
                Die Frage erscheint in der Sprache der Person auf ihrer Statusseite; dort kann sie antworten und Fotos
                oder Dateien schicken. Die Notiz erscheint so, wie Sie sie schreiben.
              </p>
              <SelectField
                name="template"
                id="ask-template"
                label="Was wird gebraucht?"
                options={INFORMATION_TEMPLATES.map((key) => ({ value: key, label: TEMPLATE_LABELS[key] }))}
              />
              <TextField name="note" id="ask-note" label="Notiz (freiwillig)" maxLength={500} autoComplete="off" />
              <Button>Rückfrage senden</Button>
            </form>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="text-xl font-bold">
          Verlauf
        </h2>
        <ol className="mt-2 ms-6 list-decimal" data-testid="history">
          {submission.history.map((change, index) => (
            <li key={index}>
              {STATUS_LABELS[change.to]} – {dateTime.format(change.createdAt)}
              {change.staff ? ` – ${change.staff}` : change.from === "needs_info" ? " – Antwort der Person" : ""}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
