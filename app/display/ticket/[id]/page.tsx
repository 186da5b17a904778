// A walk-in's ticket (the kiosk's ticketUrl, or printed at the front desk): the number, the place in
// line and the expected wait, in the ticket's language; it reloads itself every 30 seconds.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { textsFor } from "@/i18n/translator";
import { rtlLocales, type Locale } from "@/i18n/locales";
import { NotFoundError } from "@/lib/errors";
import { ticketStatus } from "@/lib/queue";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Wartenummer" };

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ticket = await ticketStatus(db, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = textsFor(ticket.language, "queue");
  const minutes = t("display.minutes", { count: ticket.estimatedWaitMinutes ?? 0 });
  return (
    <main
      lang={ticket.language}
      dir={rtlLocales.includes(ticket.language as Locale) ? "rtl" : "ltr"}
      className="mx-auto max-w-md bg-white p-6 text-black"
    >
      <meta httpEquiv="refresh" content="30" />
      <h1 className="text-2xl font-bold">{t("ticket.title")}</h1>
      <p className="mt-2 text-8xl font-bold tabular-nums">{ticket.number}</p>
      <p className="mt-2">{ticket.locationName}</p>
      {ticket.status === "waiting" ? (
        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-xl">
          <dt>{t("ticket.position")}</dt>
          <dd className="font-bold tabular-nums">{ticket.position}</dd>
          <dt>{t("display.expectedWait")}</dt>
          <dd className="font-bold tabular-nums">{minutes}</dd>
        </dl>
      ) : ticket.status === "called" && ticket.desk ? (
        <p className="mt-4 text-2xl font-bold">{t("ticket.called", { desk: ticket.desk })}</p>
      ) : ticket.status === "parked" ? null : (
        <p className="mt-4 text-xl">{t("ticket.done")}</p>
      )}
    </main>
  );
}
