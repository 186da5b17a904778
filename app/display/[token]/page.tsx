// The call display of a location (/display/{token}, a secret, renewable link; no sign-in): the
// numbers just called with their desk, the newest highlighted, the last calls, how many wait and the
// expected wait. Ticket numbers only, never names. Rendered on the server (readable without
// JavaScript, which reloads it every 15 seconds); LiveDisplay keeps it up to date from the
// server-sent events at /display/{token}/events.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pluralTemplates, textsFor } from "@/i18n/translator";
import { LiveDisplay, type DisplayLabels } from "@/components/queue/live-display";
import { displayByToken } from "@/lib/queue";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Aufrufanzeige" };

function labelsIn(language: string): DisplayLabels {
  const t = textsFor(language, "queue");
  return {
    called: t("display.called"),
    desk: t("display.desk"),
    lastCalls: t("display.lastCalls"),
    waiting: t("display.waiting"),
    expectedWait: t("display.expectedWait"),
    minutes: pluralTemplates(language, t, "display.minutes"),
    language,
    none: t("display.none"),
  };
}

export default async function CallDisplayPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await displayByToken(token);
  if (!state) notFound();
  return (
    <>
      <noscript>
        <meta httpEquiv="refresh" content="15" />
      </noscript>
      <LiveDisplay
        initial={state}
        eventsUrl={`/display/${encodeURIComponent(token)}/events`}
        labels={labelsIn("de")}
        second={state.secondLanguage ? labelsIn(state.secondLanguage) : null}
      />
    </>
  );
}
