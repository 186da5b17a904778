// The inbox: form submissions by status, form, assignee and the days received, oldest first, with their age; each opens
// its page. Plain GET filters and paging links (the staff list), so every submission is reachable
// without JavaScript. The list itself shows no answers; opening one is recorded on its page.
import type { Metadata } from "next";
import { Button } from "@/components/ui/buttons";
import { SelectField, TextField } from "@/components/ui/fields";
import { StaffList } from "@/components/staff/staff-list";
import { formDefinitions, listInbox, submissionStatuses, type InboxFilter } from "@/lib/forms";
import { pageRequest, pagingShape, queryChoice, queryDay, readQuery, type SearchParams } from "@/lib/list-query";
import { textsFor } from "@/i18n/translator";
import { staffPage } from "@/lib/staff";
import { dateTime, STATUS_LABELS, submissionPage } from "./labels";

export const metadata: Metadata = { title: "Posteingang" };
export const dynamic = "force-dynamic";

const PAGE = "/staff/inbox";

const forms = formDefinitions.filter((form) => form.key !== "callback");

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    data: { filter, assignee, list },
  } = await staffPage("inbox.read", {
    returnTo: PAGE,
    view: {
      load: async (session) => {
        const query = readQuery(
          {
            status: queryChoice(submissionStatuses),
            form: queryChoice(forms.map((form) => form.key) as [string, ...string[]]),
            assignee: queryChoice(["all", "me", "none"]),
            from: queryDay(),
            to: queryDay(),
            ...pagingShape,
          },
          await searchParams,
        );
        const assignee = query.assignee ?? "all";
        const filter: InboxFilter = {
          status: query.status,
          form: query.form,
          assignee,
          from: query.from,
          to: query.to,
        };
        return { query, filter, assignee, list: await listInbox(filter, session.staff.id, pageRequest(query)) };
      },
      event: ({ filter: { status, form, from, to }, assignee, list }) => ({
        action: "inbox.listed",
        citizenId: null,
        object: { type: "form_submission", id: null },
        details: {
          filters: { status: status ?? null, form: form ?? null, assignee, from: from ?? null, to: to ?? null },
          count: list.rows.length,
        },
      }),
    },
  });
  const { status, form, from, to } = filter;
  const t = textsFor("de", "forms");
  const title = (key: string) => (t.has(`forms.${key}.title`) ? t(`forms.${key}.title`) : key);
  const now = new Date().getTime();
  return (
    <>
      <h1 className="text-2xl font-bold">Posteingang</h1>
      <form
        method="get"
        action={PAGE}
        className="mt-4 grid gap-x-4 sm:grid-cols-3 sm:items-end lg:grid-cols-6"
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
        <TextField name="from" id="filter-from" label="Eingegangen ab" type="date" defaultValue={from ?? ""} />
        <TextField name="to" id="filter-to" label="Eingegangen bis" type="date" defaultValue={to ?? ""} />
        <div className="mb-5">
          <Button>Filtern</Button>
        </div>
      </form>
      <StaffList
        caption="Anträge, die ältesten zuerst"
        total={list.total}
        totalText={(total) => (total === 1 ? "1 Antrag" : `${total} Anträge`)}
        order="die ältesten zuerst"
        empty="Keine Anträge zu diesem Filter."
        path={PAGE}
        filters={{ status, form, assignee: assignee === "all" ? undefined : assignee, from, to }}
        paging={list}
        rows={list.rows}
        rowKey={(row) => row.id}
        rowData={(row) => ({ reference: row.reference })}
        columns={[
          { heading: "Vorgang", cell: (row) => <a href={submissionPage(row.id)}>{row.reference}</a> },
          { heading: "Formular", cell: (row) => title(row.formKey) },
          { heading: "Eingegangen", cell: (row) => dateTime.format(row.createdAt), className: "whitespace-nowrap" },
          {
            heading: "Alter",
            cell: (row) => {
              const days = Math.floor((now - row.createdAt.getTime()) / 86_400_000);
              return days === 0 ? "heute" : days === 1 ? "1 Tag" : `${days} Tage`;
            },
          },
          { heading: "Stand", cell: (row) => STATUS_LABELS[row.status] },
          { heading: "Zuständig", cell: (row) => row.assignee?.name ?? "–" },
        ]}
      />
    </>
  );
}
