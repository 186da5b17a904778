// Password reset links: an admin sends one to a staff account's e-mail address through the outbox
// (German, like every staff message), or the staff member asks for one on the sign-in page with the
// account's address (the answer is the same whether an account has it; limited per address and per
// client). The link's token is made by lib/tokens.ts and only its SHA-256
// is stored (staff_password_reset); it is used once and ends 24 hours after it was made. A newer
// link replaces the account's older ones. Following it, the owner sets a new password the policy
// accepts (twice alike): every session of the account ends, a pending "change at first sign-in"
// is cleared, and the link and any other open link of the account are used up.
import { z } from "zod";
import { consumeLimits } from "@/lib/booking";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { getEnv, publicBaseUrl } from "@/lib/env";
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
  askedBy: "admin" | "self" = "admin",
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
      askedBy === "admin"
        ? "die Administration hat Ihnen einen Link geschickt, mit dem Sie für Ihr Dienstkonto im Portal Zugang ein neues Passwort setzen:"
        : "auf der Anmeldeseite des Portals Zugang wurde für Ihr Dienstkonto ein Link angefordert, mit dem Sie ein neues Passwort setzen:",
      link,
      `Der Link gilt ${RESET_LINK_HOURS} Stunden (bis ${berlinTime.format(expiresAt)} Uhr) und nur ein einziges Mal. ${
        askedBy === "admin"
          ? "Wenn Sie ihn nicht erwartet haben, wenden Sie sich bitte an die Administration."
          : "Wenn Sie ihn nicht angefordert haben, beachten Sie diese Nachricht nicht: Ihr Passwort bleibt, wie es ist. Kommt das öfter vor, sagen Sie es bitte der Administration."
      }`,
    ].join("\n\n"),
  });
  await audit({
    action: askedBy === "admin" ? "staff.password-reset-sent" : "staff.password-reset-requested",
    citizenId: null,
    object: { type: "staff_user", id },
    details: { expiresAt: expiresAt.toISOString() },
  });
  return "reset-link-sent";
}

/** How often the sign-in page's "Passwort vergessen?" may be used: per e-mail address asked for and per client address. */
export const RESET_REQUEST_LIMITS = { perAddressAskedFor: 3, perClient: 10, windowMinutes: 60 } as const;

export const resetRequestSchema = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()) });

export type ResetRequestOutcome = "requested" | "invalid-email" | "too-many";

/**
 * "Passwort vergessen?": a link for the active account with this e-mail address, through the outbox,
 * as the admin would send it. The answer is "requested" whether or not an account has the address (the
 * page tells nobody which addresses are accounts); too many requests for one address or from one client
 * within the hour are refused as such, before anything is looked up.
 */
export async function requestPasswordResetLink(
  input: { email: unknown; client: string },
  { client = db, now = new Date() }: { client?: PrismaClient; now?: Date } = {},
): Promise<ResetRequestOutcome> {
  const parsed = resetRequestSchema.safeParse({ email: input.email });
  if (!parsed.success) return "invalid-email";
  const { email } = parsed.data;
  const windowSeconds = RESET_REQUEST_LIMITS.windowMinutes * 60;
  // In test mode every client shares one address (no proxy is trusted there): the end-to-end suite's
  // clients get the per-client limit a thousand times over, as the booking limits do (lib/booking).
  const perClient = RESET_REQUEST_LIMITS.perClient * (getEnv().ZUGANG_TEST_MODE === "1" ? 1000 : 1);
  try {
    await consumeLimits(
      [
        { key: `password-reset:client:${input.client}`, limit: perClient, windowSeconds },
        { key: `password-reset:email:${email}`, limit: RESET_REQUEST_LIMITS.perAddressAskedFor, windowSeconds },
      ],
      { client, now },
    );
  } catch (error) {
    if (error instanceof RateLimitedError) return "too-many";
    throw error;
  }
  const account = await client.staffUser.findFirst({
    where: { email: { equals: email, mode: "insensitive" }, active: true },
    select: { id: true },
  });
  if (account)
    await client.$transaction((tx) =>
      sendPasswordResetLink({ tx, audit: auditAs(account.id, tx) }, account.id, now, "self"),
    );
  return "requested";
}

/** Why a link cannot be used (the page says it in words), or "valid". */
export type ResetLinkState = "valid" | "unknown" | "used" | "expired" | "inactive";

export const RESET_LINK_STATE_TEXTS: Record<Exclude<ResetLinkState, "valid">, string> = {
  unknown:
    "Dieser Link ist ungültig: Er ist unvollständig oder wurde durch einen neueren ersetzt. Fordern Sie unter „Passwort vergessen?“ einen neuen an, oder bitten Sie die Administration darum.",
  used: "Dieser Link wurde schon benutzt; er gilt nur einmal. Melden Sie sich mit Ihrem neuen Passwort an, oder fordern Sie unter „Passwort vergessen?“ einen neuen Link an.",
  expired: `Dieser Link ist abgelaufen: Er gilt ${RESET_LINK_HOURS} Stunden. Fordern Sie unter „Passwort vergessen?“ einen neuen an, oder bitten Sie die Administration darum.`,
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
