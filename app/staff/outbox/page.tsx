// The local outbox: every confirmation, change, cancellation and reminder the portal queued, and
// whether it went out. Where no SMTP or SMS gateway is configured, this is where messages stay.
// The list shows no message body (bodies carry private links); caseworkers open one at a time.
import type { Metadata } from "next";
import { StaffList } from "@/components/staff/staff-list";
import type { StaffColumn } from "@/components/staff/staff-table";
import { pageRequest, pagingShape, readQuery, type SearchParams } from "@/lib/list-query";
import { can, listOutbox, staffPage, type OutboxEntry } from "@/lib/staff";
import { dateTime, KIND, STATUS, TRANSPORT } from "./labels";

export const metadata: Metadata = { title: "Postausgang" };
export const dynamic = "force-dynamic";

const PAGE = "/staff/outbox";

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { session, data: list } = await staffPage("outbox.read", {
    returnTo: PAGE,
    view: {
      load: async () => listOutbox({ page: pageRequest(readQuery(pagingShape, await searchParams)) }),
      event: (list) => ({
        action: "outbox.listed",
        citizenId: null,
        object: { type: "notification_outbox", id: null },
        details: { count: list.rows.length },
      }),
    },
  });
  const messages = list.rows;
  const canOpen = can(session.staff.role, "outbox.read-message");
  return (
    <>
      <h1 className="text-2xl font-bold">Postausgang</h1>
      <p className="mt-2">Ohne eingerichteten E-Mail- oder SMS-Versand bleiben Nachrichten hier.</p>
      <p className="mt-1 text-muted">
        {canOpen
          ? "Den Text einer Nachricht öffnen Sie einzeln; das wird protokolliert, private Links bleiben verdeckt."
          : "Die Texte der Nachrichten sind der Fachkraft vorbehalten."}
      </p>
      <StaffList
        caption="Nachrichten im Postausgang"
        columns={canOpen ? [...COLUMNS, OPEN_COLUMN] : COLUMNS}
        rows={messages}
        rowKey={(message) => message.id}
        empty="Noch keine Nachrichten."
        total={list.total}
        totalText={(total) => (total === 1 ? "Eine Nachricht" : `${total} Nachrichten`)}
        order="die neuesten zuerst"
        path={PAGE}
        filters={{}}
        paging={list}
      />
    </>
  );
}

const COLUMNS: StaffColumn<OutboxEntry>[] = [
  { heading: "Erstellt", cell: (message) => dateTime.format(message.createdAt) },
  { heading: "Art", cell: (message) => KIND[message.kind] ?? message.kind },
  {
    heading: "An",
    cell: (message) => (
      <>
        {message.recipient}
        <span className="block text-sm text-muted">{TRANSPORT[message.transport] ?? message.transport}</span>
      </>
    ),
  },
  {
    heading: "Status",
    cell: (message) => (
      <>
        {STATUS[message.status]}
        <span className="block text-sm text-muted">
          {message.sentAt
            ? `versandt ${dateTime.format(message.sentAt)}`
            : `fällig ${dateTime.format(message.sendAfter)}`}
          {message.lastError ? ` · letzter Fehler: ${message.lastError}` : ""}
        </span>
      </>
    ),
  },
  { heading: "Vorgang", cell: (message) => message.reference ?? "–" },
];

/** Only for those who may open a message: the link to its text. */
const OPEN_COLUMN: StaffColumn<OutboxEntry> = {
  heading: "Text",
  cell: (message) => (
    <a href={`/staff/outbox/${message.id}`}>
      Öffnen
      <span className="sr-only">
        {" "}
        ({KIND[message.kind] ?? message.kind} an {message.recipient})
      </span>
    </a>
  ),
};
