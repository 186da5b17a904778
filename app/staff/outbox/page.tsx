// The local outbox: every confirmation, change, cancellation and reminder the portal queued, and
// whether it went out. Where no SMTP or SMS gateway is configured, this is where messages stay.
// The list shows no message body (bodies carry private links); caseworkers open one at a time.
import type { Metadata } from "next";
import { auditView, can, listOutbox, staffPage, type OutboxEntry } from "@/lib/staff";
import { dateTime, KIND, STATUS, TRANSPORT } from "./labels";

export const metadata: Metadata = { title: "Postausgang" };
export const dynamic = "force-dynamic";

export default async function OutboxPage() {
  const session = await staffPage("outbox.read", { returnTo: "/staff/outbox" });
  const messages = await listOutbox();
  await auditView(session, { action: "outbox.listed", citizenId: null, object: { type: "notification_outbox", id: null }, details: { count: messages.length } });
  const canOpen = can(session.staff.role, "outbox.read-message");
  return (
    <>
      <h1 className="text-2xl font-bold">Postausgang</h1>
      <p className="mt-2">Die letzten {messages.length} Nachrichten, neueste zuerst. Ohne eingerichteten E-Mail- oder SMS-Versand bleiben Nachrichten hier.</p>
      <p className="mt-1 text-muted">
        {canOpen ? "Den Text einer Nachricht öffnen Sie einzeln; das wird protokolliert, private Links bleiben verdeckt." : "Die Texte der Nachrichten sind der Fachkraft vorbehalten."}
      </p>
      {messages.length === 0 ? <p className="mt-6">Noch keine Nachrichten.</p> : <MessageTable messages={messages} canOpen={canOpen} />}
    </>
  );
}

function MessageTable({ messages, canOpen }: { messages: OutboxEntry[]; canOpen: boolean }) {
  return (
    <table className="mt-6 w-full border-collapse text-left">
      <caption className="sr-only">Nachrichten im Postausgang</caption>
      <thead>
        <tr className="border-b-2 border-line">
          <th scope="col" className="py-2 pe-3">Erstellt</th>
          <th scope="col" className="py-2 pe-3">Art</th>
          <th scope="col" className="py-2 pe-3">An</th>
          <th scope="col" className="py-2 pe-3">Status</th>
          <th scope="col" className="py-2 pe-3">Vorgang</th>
          {canOpen ? <th scope="col" className="py-2">Text</th> : null}
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id} className="border-b border-line align-top">
            <td className="py-2 pe-3">{dateTime.format(message.createdAt)}</td>
            <td className="py-2 pe-3">{KIND[message.kind] ?? message.kind}</td>
            <td className="py-2 pe-3">
              {message.recipient}
              <span className="block text-sm text-muted">{TRANSPORT[message.transport] ?? message.transport}</span>
            </td>
            <td className="py-2 pe-3">
              {STATUS[message.status]}
              <span className="block text-sm text-muted">
                {message.sentAt ? `versandt ${dateTime.format(message.sentAt)}` : `fällig ${dateTime.format(message.sendAfter)}`}
                {message.lastError ? ` · letzter Fehler: ${message.lastError}` : ""}
              </span>
            </td>
            <td className="py-2 pe-3">{message.reference ?? "–"}</td>
            {canOpen ? (
              <td className="py-2">
                <a href={`/staff/outbox/${message.id}`}>
                  Öffnen<span className="sr-only"> ({KIND[message.kind] ?? message.kind} an {message.recipient})</span>
                </a>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
