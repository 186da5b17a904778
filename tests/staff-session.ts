// For integration tests that stand in for next-auth (vi.mock of getServerSession): the signed-in
// staff member the test names gets a real session of the server's (lib/staff/sessions.ts) on each
// request, as a fresh sign-in would, so that the door's session check runs as in the app.
import { startStaffSession } from "@/lib/staff/sessions";

export async function withServerSession<Session extends { staff: { id: string; sessionId?: string } } | null>(
  session: Session,
): Promise<Session> {
  if (!session || session.staff.sessionId) return session;
  return { ...session, staff: { ...session.staff, sessionId: await startStaffSession(session.staff.id) } };
}
