// Setting up one's own second factor: a new secret is kept as pending until a code from the
// authenticator app confirms it, and only then replaces the secret in use (a setup left halfway
// changes nothing). The page shows the otpauth:// URI as a QR code and as text to type.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { z } from "zod";
import type { Audit } from "./audit";
import { acceptedStep, newSecret, normaliseCode, openSecret, provisioningUri, sealSecret } from "./second-factor";

export interface SecondFactorState {
  enabledAt: Date | null;
  /** a setup under way: the URI for the QR code and the secret for typing */
  pending: { uri: string; secret: string } | null;
}

export async function secondFactorState(staffId: string, client: PrismaClient = db): Promise<SecondFactorState> {
  const staff = await client.staffUser.findUniqueOrThrow({
    where: { id: staffId },
    select: { email: true, totpEnabledAt: true, totpPendingSecret: true },
  });
  const secret = staff.totpPendingSecret ? openSecret(staff.totpPendingSecret) : null;
  return {
    enabledAt: staff.totpEnabledAt,
    pending: secret ? { uri: provisioningUri(secret, staff.email), secret } : null,
  };
}

/** A fresh secret to scan; an earlier one not yet confirmed is replaced. */
export async function startSecondFactorSetup(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  staffId: string,
): Promise<void> {
  await tx.staffUser.update({ where: { id: staffId }, data: { totpPendingSecret: sealSecret(newSecret()) } });
  await audit({
    action: "second-factor.setup-started",
    citizenId: null,
    object: { type: "staff_user", id: staffId },
    details: {},
  });
}

export const confirmSchema = z.object({ code: z.string().max(20) });

export type ConfirmOutcome = "enabled" | "wrong-code" | "no-setup";

/** The code from the app confirms the pending secret, which then becomes the one in use. */
export async function confirmSecondFactor(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  staffId: string,
  code: string,
  now = new Date(),
): Promise<ConfirmOutcome> {
  const staff = await tx.staffUser.findUniqueOrThrow({ where: { id: staffId }, select: { totpPendingSecret: true } });
  const secret = staff.totpPendingSecret ? openSecret(staff.totpPendingSecret) : null;
  if (!secret || !staff.totpPendingSecret) return "no-setup";
  const step = acceptedStep(secret, normaliseCode(code), now, null);
  if (step === null) return "wrong-code";
  await tx.staffUser.update({
    where: { id: staffId },
    data: { totpSecret: staff.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
  });
  await audit({
    action: "second-factor.enabled",
    citizenId: null,
    object: { type: "staff_user", id: staffId },
    details: {},
  });
  return "enabled";
}
