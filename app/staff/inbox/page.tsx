// The inbox: form submissions by status, form and assignee, oldest first, with their age; each opens
// its page. Plain GET filters. The list itself shows no answers; opening one is recorded on its page.
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { SelectField } from "@/components/ui/fields";
import { formDefinitions, listInbox, submissionStatuses, type InboxFilter } from "@/lib/forms";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { textsFor } from "@/i18n/translator";
import { auditView, staffPage } from "@/lib/staff";
import { dateTime, STATUS_LABELS, submissionPage } from "./labels";

export const metadata: Metadata = { title: "Posteingang" };
export const dynamic = "force-dynamic";

const PAGE = "/staff/inbox";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await staffPage("inbox.read", { returnTo: PAGE });
  const query = await searchParams;
  const status = (submissionStatuses as readonly string[]).includes(one(query.status) ?? "")
    ? (one(query.status) as SubmissionStatus)
    : undefined;
  const forms = formDefinitions.filter((form) => form.key !== "callback");
  const form = forms.some((entry) => entry.key === one(query.form)) ? one(query.form) : undefined;
  const assignee =
    one(query.assignee) === "me" || one(query.assignee) === "none" ? (one(query.assignee) as "me" | "none") : "all";
  const filter: InboxFilter = { status, form, assignee };
  const rows = await listInbox(filter, session.staff.id);
  await auditView(session, {
    action: "inbox.listed",
    citizenId: null,
    object: { type: "form_submission", id: null },
    details: { filters: { status: status ?? null, form: form ?? null, assignee }, count: rows.length },
  });
  const t = textsFor("de", "forms");
  const title = (key: string) => (t.has(`forms.${key}.title`) ? t(`forms.${key}.title`) : key);
  const now = new Date().getTime();
  return (
    <>
      <h1 className="text-2xl font-bold">Posteingang</h1>
      <form
        method="get"
        action={PAGE}
        className="mt-4 grid gap-x-4 sm:grid-cols-4 sm:items-end"
        aria-label="Posteingang filtern"
      >
        <SelectField
          name="status"
          id="filter-status"
          label="Stand"
          defaultValue={status ?? ""}
          options={[
            { value: "", label: "alle" },
            ...submissionStatuses.map((value) => ({ value, label: STATUS_LABELS[value] })),
          ]}
        />
        <SelectField
          name="form"
          id="filter-form"
          label="Formular"
          defaultValue={form ?? ""}
          options={[
            { value: "", label: "alle" },
            ...forms.map((entry) => ({ value: entry.key, label: title(entry.key) })),
          ]}
        />
        <SelectField
          name="assignee"
          id="filter-assignee"
          label="Zuständig"
          defaultValue={assignee}
          options={[
            { value: "all", label: "alle" },
            { value: "me", label: "ich" },
            { value: "none", label: "niemand" },
          ]}
        />
        <div className="mb-5">
          <Button>Filtern</Button>
        </div>
      </form>
      <p role="status" className="mt-2">
        {rows.length === 1 ? "1 Antrag" : `${rows.length} Anträge`}, die ältesten zuerst.
      </p>
      {rows.length > 0 ? (
        <div className="mt-3 overflow-x-auto" role="region" aria-label="Anträge" tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Anträge, die ältesten zuerst</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pe-3">
                  Vorgang
                </th>
                <th scope="col" className="py-2 pe-3">
                  Formular
                </th>
                <th scope="col" className="py-2 pe-3">
                  Eingegangen
                </th>
                <th scope="col" className="py-2 pe-3">
                  Alter
                </th>
                <th scope="col" className="py-2 pe-3">
                  Stand
                </th>
                <th scope="col" className="py-2">
                  Zuständig
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const days = Math.floor((now - row.createdAt.getTime()) / 86_400_000);
                return (
                  <tr key={row.id} className="border-b border-line" data-reference={row.reference}>
                    <th scope="row" className="py-2 pe-3">
                      <a href={submissionPage(row.id)}>{row.reference}</a>
                    </th>
                    <td className="py-2 pe-3">{title(row.formKey)}</td>
                    <td className="py-2 pe-3 whitespace-nowrap">{dateTime.format(row.createdAt)}</td>
                    <td className="py-2 pe-3">{days === 0 ? "heute" : days === 1 ? "1 Tag" : `${days} Tage`}</td>
                    <td className="py-2 pe-3">{STATUS_LABELS[row.status]}</td>
                    <td className="py-2">{row.assignee?.name ?? "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
