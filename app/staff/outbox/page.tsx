// The local outbox: every confirmation, change, cancellation and reminder the portal queued, and
// whether it went out. Where no SMTP or SMS gateway is configured, this is where messages stay.
import type { Metadata } from "next";
import { ALL_STAFF_ROLES, requireRole } from "@/lib/auth";
import { recordAccess } from "@/lib/audit";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Postausgang" };
export const dynamic = "force-dynamic";

const STATUS = { pending: "wartet", sent: "versandt", failed: "gescheitert", cancelled: "zurückgezogen" } as const;
const TRANSPORT: Record<string, string> = { email: "E-Mail", sms: "SMS", local: "nur lokal gespeichert" };
const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

export default async function OutboxPage() {
  const session = await requireRole(ALL_STAFF_ROLES, "/staff/outbox");
  const messages = await db.notificationOutbox.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  await recordAccess(session, { action: "view", entityType: "notification_outbox", details: { count: messages.length } });
  return (
    <>
      <h1 className="text-2xl font-bold">Postausgang</h1>
      <p className="mt-2">Die letzten {messages.length} Nachrichten, neueste zuerst. Ohne eingerichteten E-Mail- oder SMS-Versand bleiben Nachrichten hier.</p>
      <ul className="mt-6 flex flex-col gap-3">
        {messages.map((message) => (
          <li key={message.id} className="rounded border border-line p-3">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{message.subject}</span> · an {message.recipient} · {TRANSPORT[message.transport] ?? message.transport} · {STATUS[message.status]}
                <span className="block text-sm text-muted">
                  erstellt {dateTime.format(message.createdAt)}
                  {message.sentAt ? `, versandt ${dateTime.format(message.sentAt)}` : `, fällig ${dateTime.format(message.sendAfter)}`}
                  {message.lastError ? ` · letzter Fehler: ${message.lastError}` : ""}
                </span>
              </summary>
              <pre className="mt-2 whitespace-pre-wrap font-sans">{message.body}</pre>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
