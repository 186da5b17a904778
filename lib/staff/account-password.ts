// The one way a staff account's password changes: an admin sets a new one, the owner changes their
// own (current and new), or the owner follows a reset link (password-reset.ts). The policy checks it,
// and the account's sessions end, so that whoever held a copied session cookie is out as well; the
// owner's own change keeps the session it was made in. A password an admin set must be changed by
// its owner at the next sign-in (must_change_password, read by the door); the owner's change and a
// reset clear that. The sign-in's upgrade of an old hash to argon2id is no change of password and
// does not come here.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import type { Audit } from "./audit";
import { hashPassword, passwordMatches, passwordProblem, PASSWORD_PROBLEM_TEXTS } from "./passwords";
import { endStaffSessions } from "./sessions";

export const passwordFormSchema = z.object({ password: z.string().max(1000) });

export type PasswordOutcome = "password-set" | "not-found" | keyof typeof PASSWORD_PROBLEM_TEXTS;

/** Who set the password: an admin (then its owner changes it at the next sign-in), the owner on the account page, or the owner through a reset link. */
export type PasswordSetter = "admin" | "own" | "reset-link";

export async function setStaffPassword(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  id: string,
  password: string,
  { by = "admin", keepSession }: { by?: PasswordSetter; keepSession?: string } = {},
): Promise<PasswordOutcome> {
  if (!isUuid(id)) return "not-found";
  const problem = passwordProblem(password);
  if (problem) return problem;
  const { count } = await tx.staffUser.updateMany({
    where: { id },
    data: { passwordHash: await hashPassword(password), mustChangePassword: by === "admin" },
  });
  if (count === 0) return "not-found";
  await endStaffSessions(id, tx, keepSession && isUuid(keepSession) ? keepSession : undefined);
  await audit({ action: "staff.password-set", citizenId: null, object: { type: "staff_user", id }, details: { by } });
  return "password-set";
}

/** The account page's form: the current password, the new one twice. */
export const ownPasswordFormSchema = z.object({
  current: z.string().max(1000),
  password: z.string().max(1000),
  repeat: z.string().max(1000),
});
export type OwnPasswordForm = z.infer<typeof ownPasswordFormSchema>;

/** What can go wrong with one's own change, by code (the page says it in words), besides the policy's problems. */
export const OWN_PASSWORD_PROBLEM_TEXTS = {
  "wrong-current": "Das bisherige Passwort stimmt nicht. Bitte geben Sie es noch einmal ein.",
  mismatch: "Die beiden neuen Passwörter stimmen nicht überein. Bitte geben Sie das neue Passwort zweimal gleich ein.",
  same: "Das neue Passwort ist das bisherige. Bitte wählen Sie ein anderes.",
  ...PASSWORD_PROBLEM_TEXTS,
} as const;
export type OwnPasswordOutcome = "changed" | "single-sign-on" | keyof typeof OWN_PASSWORD_PROBLEM_TEXTS;

/**
 * The signed-in staff member changes their own password: the current one must match, the new one
 * be given twice alike and pass the policy. Every other session of the account ends; this one stays.
 * A session of single sign-on has no password here to change.
 */
export async function changeOwnPassword(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  staff: { id: string; sessionId: string; singleSignOn: boolean },
  form: OwnPasswordForm,
): Promise<OwnPasswordOutcome> {
  if (staff.singleSignOn) return "single-sign-on";
  const account = await tx.staffUser.findUnique({ where: { id: staff.id }, select: { passwordHash: true } });
  if (!account || !(await passwordMatches(account.passwordHash, form.current))) return "wrong-current";
  if (form.password !== form.repeat) return "mismatch";
  const problem = passwordProblem(form.password);
  if (problem) return problem;
  if (form.password === form.current) return "same";
  const outcome = await setStaffPassword({ tx, audit }, staff.id, form.password, {
    by: "own",
    keepSession: staff.sessionId,
  });
  return outcome === "password-set" ? "changed" : "wrong-current";
}
