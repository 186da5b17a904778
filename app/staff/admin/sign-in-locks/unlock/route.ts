// The admin's plain post "Entsperren": same origin, session, role, then lift the lock (recorded as
// sign-in.unlocked) and show the list again with the outcome (post/redirect/get).
import { SIGN_IN_LOCK_ROLES, staffAccess } from "@/lib/auth";
import { isSameOriginPost, readForm, seeOther } from "@/lib/plain-post";
import { unlockSignIn } from "@/lib/staff/sign-in-locks";

const PAGE = "/staff/admin/sign-in-locks";

export async function POST(request: Request) {
  // The admin session is a cookie: a form on another site must not be able to use it.
  if (!isSameOriginPost(request)) return new Response("Anfrage von einer fremden Seite abgelehnt.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const access = await staffAccess(SIGN_IN_LOCK_ROLES, PAGE);
  if ("location" in access) return seeOther(access.location);
  const form = await readForm(request);
  const outcome = await unlockSignIn(access.session.staff.id, { scope: form.get("scope"), key: form.get("key") });
  if (outcome === "invalid") return new Response("Die Angaben zum Entsperren fehlen oder sind ungültig.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return seeOther(`${PAGE}?result=${outcome}`);
}
