// Plain post "Passwort setzen" of a reset link: no session, the link's token in the path is the key.
// Only a post from this site counts; a set password leads to the sign-in page, anything else back
// to the link's page, which says what was wrong.
import { crossOriginRefusal, isSameOriginPost, readForm, seeOther } from "@/lib/plain-post";
import { PASSWORD_RESET_PATH, resetFormSchema, resetPasswordWithLink } from "@/lib/staff";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  if (!isSameOriginPost(request)) return crossOriginRefusal(request);
  const form = await readForm(request);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const parsed = resetFormSchema.safeParse({ password: text("password"), repeat: text("repeat") });
  const page = `${PASSWORD_RESET_PATH}/${encodeURIComponent(token)}`;
  if (!parsed.success) return seeOther(`${page}?result=too-long`);
  const outcome = await resetPasswordWithLink(token, parsed.data);
  return seeOther(outcome === "password-set" ? "/staff/login?reset=1" : `${page}?result=${outcome}`);
}
