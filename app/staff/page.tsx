import type { Metadata } from "next";
import { canManageSignInLocks, canReadFeedback, canReadOutbox, requireRole, ALL_STAFF_ROLES } from "@/lib/auth";
import { SignOutButton } from "@/components/staff/sign-out-button";

export const metadata: Metadata = { title: "Übersicht" };
export const dynamic = "force-dynamic";

const ROLE_NAMES = { front_desk: "Eingangszone", caseworker: "Fachkraft", admin: "Administration" } as const;

export default async function StaffHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const session = await requireRole(ALL_STAFF_ROLES);
  const { denied } = await searchParams;
  const { role, name } = session.staff;
  return (
    <>
      <h1 className="text-2xl font-bold">Guten Tag, {name}</h1>
      <p className="mt-1 text-muted">Rolle: {ROLE_NAMES[role]}</p>
      {denied ? (
        <p role="alert" className="mt-4 border-s-4 border-accent bg-surface p-3">
          Diese Seite ist für Ihre Rolle nicht freigegeben.
        </p>
      ) : null}
      <ul className="mt-6 flex flex-col gap-2">
        {canReadOutbox(role) ? (
          <li>
            <a href="/staff/outbox">Postausgang: Bestätigungen und Erinnerungen</a>
          </li>
        ) : null}
        {canReadFeedback(role) ? (
          <li>
            <a href="/staff/feedback">Rückmeldungen und gemeldete Barrieren</a>
          </li>
        ) : null}
        {canManageSignInLocks(role) ? (
          <li>
            <a href="/staff/admin/sign-in-locks">Anmeldesperren: gesperrte Konten und Adressen entsperren</a>
          </li>
        ) : null}
      </ul>
      <div className="mt-8">
        <SignOutButton />
      </div>
    </>
  );
}
