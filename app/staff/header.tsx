// The staff header's data: who is signed in, the sections their role may use (from the permission
// table, through can()), and the counts behind them, read once per page on the server.
import { cookies } from "next/headers";
import { LiveUpdates } from "@/components/staff/live-updates";
import { StaffHeader, type HeaderSection } from "@/components/staff/staff-header";
import { dueCallbackCount, unassignedInboxCount } from "@/lib/forms";
import { waitingWalkInCount } from "@/lib/queue";
import { can, getStaffSession, locationsOf, scopeIds, type StaffAction } from "@/lib/staff";

/** The sections in the order the header lists them, each with the action that opens it. */
const SECTIONS: { href: string; label: string; action: StaffAction; count?: "walk-ins" | "inbox" | "callbacks" }[] = [
  { href: "/staff", label: "Übersicht", action: "staff.home" },
  { href: "/staff/front-desk", label: "Tagesübersicht", action: "appointments.day" },
  { href: "/staff/queue", label: "Warteschlange", action: "queue.desk", count: "walk-ins" },
  { href: "/staff/front-desk/book", label: "Termin buchen", action: "appointment.book-for-someone" },
  { href: "/staff/people", label: "Personen", action: "person.search" },
  { href: "/staff/appointments", label: "Meine Termine", action: "appointments.own" },
  { href: "/staff/inbox", label: "Posteingang", action: "inbox.read", count: "inbox" },
  { href: "/staff/callbacks", label: "Rückrufe", action: "callbacks.read", count: "callbacks" },
  { href: "/staff/outbox", label: "Postausgang", action: "outbox.read" },
  { href: "/staff/feedback", label: "Rückmeldungen", action: "feedback.read" },
  { href: "/staff/admin/staff", label: "Dienstkonten", action: "staff-accounts.manage" },
  { href: "/staff/admin/locations", label: "Standorte", action: "locations.manage" },
  { href: "/staff/admin/request-types", label: "Anliegen", action: "request-types.manage" },
  { href: "/staff/admin/routing", label: "Empfehlungsregeln", action: "routing-rules.manage" },
  { href: "/staff/audit", label: "Protokoll", action: "audit.read" },
  { href: "/staff/analytics", label: "Auswertung", action: "analytics.read" },
];

const COUNT_TEXT = {
  "walk-ins": (n: number) => (n === 1 ? "Person wartet ohne Termin" : "Personen warten ohne Termin"),
  inbox: (n: number) => (n === 1 ? "Antrag ohne Zuständige" : "Anträge ohne Zuständige"),
  callbacks: (n: number) => (n === 1 ? "Rückruf fällig" : "Rückrufe fällig"),
};

/** next-auth's CSRF cookie holds "token|hash"; its sign-out takes the token (the plain form needs no script). */
async function csrfToken(): Promise<string | null> {
  const jar = await cookies();
  const value = (jar.get("__Host-next-auth.csrf-token") ?? jar.get("next-auth.csrf-token"))?.value;
  return value?.split("|")[0] || null;
}

export async function StaffHeaderForSession() {
  const session = await getStaffSession();
  if (!session) return <StaffHeader name={null} sections={[]} signOut={null} />;
  const { role } = session.staff;
  const allowed = SECTIONS.filter((section) => can(role, section.action));
  const wanted = new Set(allowed.flatMap((section) => (section.count ? [section.count] : [])));
  const now = new Date();
  const [walkIns, inbox, callbacks] = await Promise.all([
    wanted.has("walk-ins") ? locationsOf(session).then((scope) => waitingWalkInCount(scopeIds(scope), now)) : 0,
    wanted.has("inbox") ? unassignedInboxCount() : 0,
    wanted.has("callbacks") ? dueCallbackCount(now) : 0,
  ]);
  const counts = { "walk-ins": walkIns, inbox, callbacks };
  const sections: HeaderSection[] = allowed.map(({ href, label, count }) => ({
    href,
    label,
    ...(count ? { count: { key: count, value: counts[count], text: COUNT_TEXT[count](counts[count]) } } : {}),
  }));
  return (
    <>
      <StaffHeader
        name={session.staff.name}
        sections={sections}
        signOut={{ action: "/api/auth/signout", csrfToken: await csrfToken(), callbackUrl: "/staff/login" }}
      />
      <LiveUpdates />
    </>
  );
}
