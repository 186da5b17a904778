// One message of the outbox with its text, for caseworkers checking what a person was sent. Opening
// it is recorded in the audit log; private links and tokens in the text are masked.
import type { Metadata } from "next";
import { Facts } from "@/components/staff/facts";
import { messageViewed, openMessage, staffPage } from "@/lib/staff";
import { dateTime, KIND, STATUS, TRANSPORT } from "../labels";

export const metadata: Metadata = { title: "Nachricht" };
export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: message } = await staffPage("outbox.read-message", {
    returnTo: `/staff/outbox/${encodeURIComponent(id)}`,
    view: { load: () => openMessage(id), event: messageViewed },
  });
  if (!message) {
    return (
      <>
        <h1 className="text-2xl font-bold">Nachricht nicht gefunden</h1>
        <p className="mt-4">
          <a href="/staff/outbox">Zurück zum Postausgang</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">
        {KIND[message.kind] ?? message.kind} an {message.recipient}
      </h1>
      <Facts
        facts={[
          ["Vorgang", message.reference ?? "–"],
          ["Weg", TRANSPORT[message.transport] ?? message.transport],
          [
            "Status",
            `${STATUS[message.status]}, erstellt ${dateTime.format(message.createdAt)}${message.sentAt ? `, versandt ${dateTime.format(message.sentAt)}` : `, fällig ${dateTime.format(message.sendAfter)}`}`,
          ],
          ["Letzter Fehler", message.lastError],
          ["Anhänge", message.attachmentNames.join(", ")],
          ["Betreff", message.subject],
        ]}
      />
      <h2 className="mt-6 text-lg font-bold">Text</h2>
      <p className="text-sm text-muted">
        Private Links und Codes sind verdeckt (••••): Wer sie hat, kann den Termin ändern oder absagen.
      </p>
      <pre className="mt-2 whitespace-pre-wrap rounded border border-line p-3 font-sans">{message.body}</pre>
      <p className="mt-6">
        <a href="/staff/outbox">Zurück zum Postausgang</a>
      </p>
    </>
  );
}
