// The printed form of a manage link. The manage URL (a 43-character, case-sensitive token) cannot be
// typed from paper; the front desk's confirmation prints <portal>/t/<code> instead, a 16-character
// code in blocks of four. The portal keeps the manage token only as its hash, so the code's row
// seals the token with a key derived from the code: with the code the token can be read again (and
// the person is sent on to the manage page), without it not. The code itself is stored as a hash.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { hashToken, isSecretTokenShape, newManageCode, newSecretToken, parseManageCode, sha256 } from "@/lib/tokens";

type Client = PrismaClient | Prisma.TransactionClient;

const IV_BYTES = 12;
const TAG_BYTES = 16;

const lookupHash = (code: string) => sha256(`manage-code:${code}`);
const sealingKey = (code: string) => Buffer.from(hkdfSync("sha256", code, "zugang", "manage-code sealing key", 32));

function seal(code: string, token: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(code), iv);
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

function unseal(code: string, sealedToken: string): string | null {
  try {
    const bytes = Buffer.from(sealedToken, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(code), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null;
  }
}

/**
 * A new code for an appointment's manage token (right after booking, the only moment the token is
 * known); it replaces an earlier code of the same appointment. Returns the code to print.
 */
export async function issueManageCode(
  appointmentId: string,
  manageToken: string,
  client: Client = db,
): Promise<string> {
  if (!isSecretTokenShape(manageToken, "appointment")) throw new Error("not a manage token");
  const code = newManageCode();
  const row = { codeHash: lookupHash(code), sealedToken: seal(code, manageToken) };
  await client.manageCode.upsert({
    where: { appointmentId },
    create: { appointmentId, ...row },
    update: { ...row, createdAt: new Date() },
  });
  return code;
}

/** The manage token and the appointment's language behind a code as typed, or null for a code that opens nothing. */
export async function openManageCode(
  input: string,
  client: Client = db,
): Promise<{ token: string; language: string } | null> {
  const code = parseManageCode(input);
  if (!code) return null;
  const row = await client.manageCode.findUnique({
    where: { codeHash: lookupHash(code) },
    include: { appointment: { select: { language: true } } },
  });
  if (!row) return null;
  const token = unseal(code, row.sealedToken);
  return token && isSecretTokenShape(token, "appointment") ? { token, language: row.appointment.language } : null;
}

/**
 * A reprint at the front desk: the appointment gets a new manage link and a new printed code, and
 * the old code and link end (only their hashes were stored, so they are replaced). Only an open
 * appointment (booked, not begun) has a link worth printing; null for any other.
 */
export async function renewManageLink(
  appointmentId: string,
  client: Client = db,
  now: Date = new Date(),
): Promise<{ code: string; reference: string; citizenId: string } | null> {
  const token = newSecretToken("appointment");
  const renewed = await client.appointment.updateManyAndReturn({
    where: { id: appointmentId, status: "booked", startsAt: { gt: now } },
    data: { manageTokenHash: hashToken(token) },
    select: { id: true, reference: true, citizenId: true },
  });
  if (renewed.length !== 1) return null;
  const code = await issueManageCode(appointmentId, token, client);
  return { code, reference: renewed[0].reference, citizenId: renewed[0].citizenId };
}
