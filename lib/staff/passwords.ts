// Staff passwords: stored as argon2id (OWASP's recommended parameters, the library's defaults:
// 19 MiB, 2 passes, 1 lane); bcrypt hashes of accounts made before are still accepted and replaced
// by argon2id at the next successful sign-in (sign-in.ts). The policy is by length and against the
// most common passwords, not by character classes (NIST SP 800-63B).
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import bcrypt from "bcryptjs";

export const PASSWORD_RULES = { minLength: 12, maxLength: 200, commonListSize: 10_000 } as const;

/** Argon2id is the library's `Algorithm.Argon2id` (2), written out: the enum is a `const enum` TypeScript cannot read across modules. */
const ARGON2ID = 2;
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export const isBcryptHash = (stored: string) => /^\$2[abxy]\$/.test(stored);

/** Whether the password matches the stored hash (argon2id or an older bcrypt one); a hash of neither kind matches nothing. */
export async function passwordMatches(stored: string, password: string): Promise<boolean> {
  if (isBcryptHash(stored)) return bcrypt.compare(password, stored);
  if (!stored.startsWith("$argon2")) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let noAccountHash: Promise<string> | undefined;

/** Compared when no account has the address tried, so that the answer takes as long as for a real one (a random password, hashed once per process). */
export function hashForNoAccount(): Promise<string> {
  noAccountHash ??= hashPassword(`no-account-${crypto.randomUUID()}`);
  return noAccountHash;
}

let common: Set<string> | undefined;

/**
 * The most common passwords: the first 10,000 of the list zxcvbn-ts maintains (ranked by how often
 * they appear in leaked password sets), compared in lower case.
 */
function commonPasswords(): Set<string> {
  common ??= new Set(
    dictionary["passwords-common"].slice(0, PASSWORD_RULES.commonListSize).map((entry) => entry.toLowerCase()),
  );
  return common;
}

export type PasswordProblem = "too-short" | "too-long" | "common";

export const PASSWORD_PROBLEM_TEXTS: Record<PasswordProblem, string> = {
  "too-short": `Das Passwort muss mindestens ${PASSWORD_RULES.minLength} Zeichen lang sein. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.`,
  "too-long": `Das Passwort darf höchstens ${PASSWORD_RULES.maxLength} Zeichen lang sein.`,
  common:
    "Dieses Passwort gehört zu den 10.000 häufigsten Passwörtern und wird zuerst ausprobiert. Bitte wählen Sie ein anderes.",
};

/** What is wrong with a new password, or null when the policy accepts it. Length counts characters, not bytes. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_RULES.minLength) return "too-short";
  if (length > PASSWORD_RULES.maxLength) return "too-long";
  if (commonPasswords().has(password.toLowerCase())) return "common";
  return null;
}
