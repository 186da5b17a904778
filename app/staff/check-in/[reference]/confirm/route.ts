// The front desk's plain post "Person einchecken" on the check-in page: check the role, check the
// person in, record it, and show the page again with the outcome (post/redirect/get).
import { staffAccess } from "@/lib/auth";
import { recordAccess } from "@/lib/audit";
import { isSameOriginPost, seeOther } from "@/lib/plain-post";
import { checkIn, findAppointmentByReference } from "@/lib/staff/check-in";

export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const page = `/staff/check-in/${encodeURIComponent(reference)}`;
  // The staff session is a cookie: a form on another site must not be able to use it.
  if (!isSameOriginPost(request)) return new Response("Anfrage von einer fremden Seite abgelehnt.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const access = await staffAccess(["front_desk", "admin"], page);
  if ("location" in access) return seeOther(access.location);
  const appointment = await findAppointmentByReference(reference);
  if (!appointment) return seeOther(page);
  const outcome = await checkIn(reference);
  await recordAccess(access.session, { action: "check-in", entityType: "appointment", entityId: appointment.id, citizenId: appointment.citizenId, details: { outcome } });
  return seeOther(`${page}?result=${outcome}`);
}
