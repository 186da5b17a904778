// Feedback on the staff tools, reached from every staff page (the link in the staff layout): the
// page it came from is filled in from the browser's Referer, the message is the staff member's own.
// Stored with the role, not the name; read on /staff/feedback by the roles that read feedback.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { StaffNotice } from "@/components/staff/notice";
import { MESSAGE_MAX, staffPageOf } from "@/lib/feedback";
import { staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Rückmeldung zu den Werkzeugen" };
export const dynamic = "force-dynamic";

const PROBLEMS: Record<string, string> = {
  message: "Bitte schreiben Sie Ihre Rückmeldung (höchstens 2000 Zeichen, ohne Steuerzeichen).",
  page: "Die Seitenadresse ist zu lang oder enthält Steuerzeichen.",
};

type Props = { searchParams: Promise<{ sent?: string; error?: string; page?: string }> };

export default async function StaffFeedbackPage({ searchParams }: Props) {
  await staffPage("feedback.send", { returnTo: "/staff/feedback/new" });
  const query = await searchParams;
  const page = staffPageOf(typeof query.page === "string" ? query.page : (await headers()).get("referer"));
  const problem = typeof query.error === "string" ? PROBLEMS[query.error] : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold">Rückmeldung zu den Werkzeugen</h1>
      <p className="mt-2">
        Was hilft Ihnen bei der Arbeit, was fehlt, was stört? Ihre Rückmeldung wird mit Ihrer Rolle gespeichert, nicht
        mit Ihrem Namen, und von Fachkräften und der Administration gelesen.
      </p>
      {query.sent === "1" ? <StaffNotice tone="done">Danke, Ihre Rückmeldung ist gespeichert.</StaffNotice> : null}
      {problem ? <StaffNotice tone="problem">{problem}</StaffNotice> : null}
      <form method="post" action="/staff/feedback/new/send" className="mt-6 flex max-w-2xl flex-col gap-4">
        <div>
          <label htmlFor="message" className="block font-semibold">
            Ihre Rückmeldung
          </label>
          <textarea
            id="message"
            name="message"
            required
            maxLength={MESSAGE_MAX}
            rows={6}
            className="mt-1 block w-full rounded border-2 border-ink bg-white px-3 py-2"
            aria-invalid={query.error === "message" ? true : undefined}
          />
        </div>
        <div>
          <label htmlFor="page" className="block font-semibold">
            Zu welcher Seite? (freiwillig)
          </label>
          <input
            id="page"
            name="page"
            type="text"
            defaultValue={page}
            maxLength={300}
            autoComplete="off"
            className="mt-1 block w-full rounded border-2 border-ink bg-white px-3 py-2"
          />
        </div>
        <p>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
          >
            Rückmeldung senden
          </button>
        </p>
      </form>
    </>
  );
}
