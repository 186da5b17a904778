// The one way a staff account's password changes (an admin sets a new one; any later "change my
// password" flow calls this too): the policy checks it, and every session of the account ends, so
// whoever held a copied session cookie is out as well. The sign-in's upgrade of an old hash to
// argon2id is no change of password and does not come here.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import type { Audit } from "./audit";
import { hashPassword, passwordProblem, PASSWORD_PROBLEM_TEXTS } from "./passwords";
import { endStaffSessions } from "./sessions";

export const passwordFormSchema = z.object({ password: z.string().max(1000) });

export type PasswordOutcome = "password-set" | "not-found" | keyof typeof PASSWORD_PROBLEM_TEXTS;

export async function setStaffPassword(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  id: string,
  password: string,
): Promise<PasswordOutcome> {
  if (!isUuid(id)) return "not-found";
  const problem = passwordProblem(password);
  if (problem) return problem;
  const { count } = await tx.staffUser.updateMany({
    where: { id },
    data: { passwordHash: await hashPassword(password) },
  });
  if (count === 0) return "not-found";
  await endStaffSessions(id, tx);
  await audit({ action: "staff.password-set", citizenId: null, object: { type: "staff_user", id }, details: {} });
  return "password-set";
}
