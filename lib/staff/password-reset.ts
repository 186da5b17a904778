// Password reset links: an admin sends one to a staff account's e-mail address through the outbox
// (German, like every staff message). The link's token is made by lib/tokens.ts and only its SHA-256
// is stored (staff_password_reset); it is used once and ends 24 hours after it was made. A newer
// link replaces the account's older ones. Following it, the owner sets a new password the policy
// accepts (twice alike): every session of the account ends, a pending "change at first sign-in"
// is cleared, and the link and any other open link of the account are used up.
import { z } from "zod";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { queueMessage } from "@/lib/notifications";
import { hashToken, isSecretTokenShape, newSecretToken } from "@/lib/tokens";
import { isUuid } from "@/lib/validation";
import { setStaffPassword } from "./account-password";
import { auditAs, type Audit } from "./audit";
import { passwordProblem, PASSWORD_PROBLEM_TEXTS } from "./passwords";

export const RESET_LINK_HOURS = 24;
export const PASSWORD_RESET_PATH = "/staff/password-reset";

const berlinTime = new Intl.DateTimeFormat("de-DE", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Berlin",
});

export type ResetLinkOutcome = "reset-link-sent" | "not-found" | "inactive";

/**
 * Makes a reset link for the account and queues the e-mail with it in the caller's transaction,
 * with its audit event. A deactivated account gets none (it could not sign in with the password).
 */
export async function sendPasswordResetLink(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  id: string,
  now: Date = new Date(),
): Promise<ResetLinkOutcome> {
  if (!isUuid(id)) return "not-found";
  const staff = await tx.staffUser.findUnique({ where: { id }, select: { email: true, name: true, active: true } });
  if (!staff) return "not-found";
  if (!staff.active) return "inactive";
  const token = newSecretToken("passwordReset");
  const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60_000);
  // One link at a time: the newest replaces any the account still has open.
  await tx.staffPasswordReset.deleteMany({ where: { staffUserId: id, usedAt: null } });
  await tx.staffPasswordReset.create({
    data: { staffUserId: id, tokenHash: hashToken(token), createdAt: now, expiresAt },
  });
  const link = `${publicBaseUrl()}${PASSWORD_RESET_PATH}/${token}`;
  await queueMessage(tx, {
    kind: "password-reset",
    to: { email: staff.email },
    subject: "Zugang: Ihr Passwort neu setzen",
    text: [
      `Guten Tag ${staff.name},`,
      "die Administration hat Ihnen einen Link geschickt, mit dem Sie für Ihr Dienstkonto im Portal Zugang ein neues Passwort setzen:",
      link,
      `Der Link gilt ${RESET_LINK_HOURS} Stunden (bis ${berlinTime.format(expiresAt)} Uhr) und nur ein einziges Mal. Wenn Sie ihn nicht erwartet haben, wenden Sie sich bitte an die Administration.`,
    ].join("\n\n"),
  });
  await audit({
    action: "staff.password-reset-sent",
    citizenId: null,
    object: { type: "staff_user", id },
    details: { expiresAt: expiresAt.toISOString() },
  });
  return "reset-link-sent";
}

/** Why a link cannot be used (the page says it in words), or "valid". */
export type ResetLinkState = "valid" | "unknown" | "used" | "expired" | "inactive";

export const RESET_LINK_STATE_TEXTS: Record<Exclude<ResetLinkState, "valid">, string> = {
  unknown:
    "Dieser Link ist ungültig: Er ist unvollständig oder wurde durch einen neueren ersetzt. Bitten Sie die Administration um einen neuen Link.",
  used: "Dieser Link wurde schon benutzt; er gilt nur einmal. Melden Sie sich mit Ihrem neuen Passwort an, oder bitten Sie die Administration um einen neuen Link.",
  expired: `Dieser Link ist abgelaufen: Er gilt ${RESET_LINK_HOURS} Stunden. Bitten Sie die Administration um einen neuen Link.`,
  inactive: "Dieses Dienstkonto ist deaktiviert. Bitte wenden Sie sich an die Administration.",
};

type Client = PrismaClient | Prisma.TransactionClient;

async function linkOf(client: Client, token: string, now: Date) {
  if (!isSecretTokenShape(token, "passwordReset")) return { state: "unknown" as const, row: null };
  const row = await client.staffPasswordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, staffUserId: true, expiresAt: true, usedAt: true, staffUser: { select: { active: true } } },
  });
  const state: ResetLinkState = !row
    ? "unknown"
    : row.usedAt
      ? "used"
      : row.expiresAt <= now
        ? "expired"
        : row.staffUser.active
          ? "valid"
          : "inactive";
  return { state, row };
}

/** Whether a link can still be used (for its page, before the form is shown). */
export async function passwordResetState(
  token: string,
  { client = db, now = new Date() }: { client?: PrismaClient; now?: Date } = {},
): Promise<ResetLinkState> {
  return (await linkOf(client, token, now)).state;
}

export const resetFormSchema = z.object({ password: z.string().max(1000), repeat: z.string().max(1000) });
export type ResetForm = z.infer<typeof resetFormSchema>;

/** What can be wrong with the reset form (the link stays usable then). */
export const RESET_PROBLEM_TEXTS = {
  mismatch: "Die beiden Passwörter stimmen nicht überein. Bitte geben Sie das neue Passwort zweimal gleich ein.",
  ...PASSWORD_PROBLEM_TEXTS,
} as const;

export type ResetOutcome = "password-set" | Exclude<ResetLinkState, "valid"> | keyof typeof RESET_PROBLEM_TEXTS;

/**
 * Sets the new password through the link: refused for an unknown, used or expired link, and for a
 * form the policy refuses (then the link stays usable). The link is taken in the same statement that
 * checks it is still open, so that two posts at once cannot both use it.
 */
export async function resetPasswordWithLink(
  token: string,
  form: ResetForm,
  { client = db, now = new Date() }: { client?: PrismaClient; now?: Date } = {},
): Promise<ResetOutcome> {
  const { state, row } = await linkOf(client, token, now);
  if (state !== "valid" || !row) return state === "valid" ? "unknown" : state;
  if (form.password !== form.repeat) return "mismatch";
  const problem = passwordProblem(form.password);
  if (problem) return problem;
  return client.$transaction(async (tx) => {
    const { count } = await tx.staffPasswordReset.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) return "used";
    // Any other open link of the account is used up with it.
    await tx.staffPasswordReset.updateMany({
      where: { staffUserId: row.staffUserId, usedAt: null },
      data: { usedAt: now },
    });
    const outcome = await setStaffPassword(
      { tx, audit: auditAs(row.staffUserId, tx) },
      row.staffUserId,
      form.password,
      {
        by: "reset-link",
      },
    );
    return outcome === "password-set" ? outcome : "unknown";
  });
}
