// Plain post "Link anfordern" of the page "Passwort vergessen?": no session here. Only a post from
// this site counts; whatever the address, the answer is the same page, which says a link is on its
// way if an active account has it (lib/staff/password-reset.ts), or what was wrong with the request.
import { clientIp } from "@/lib/booking";
import { crossOriginRefusal, isSameOriginPost, readForm, seeOther } from "@/lib/plain-post";
import { PASSWORD_RESET_PATH, requestPasswordResetLink } from "@/lib/staff";

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginPost(request)) return crossOriginRefusal(request);
  const form = await readForm(request);
  const outcome = await requestPasswordResetLink({ email: form.get("email"), client: clientIp(request.headers) });
  return seeOther(`${PASSWORD_RESET_PATH}?result=${outcome}`);
}
