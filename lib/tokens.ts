// The one place that makes secrets and references.
// - Secret tokens (private links: manage an appointment, resume a booking or a form, see a
//   submission's status, show a rejected feedback form again, reset a staff password) are random
//   bytes in base64url, handed out once and stored only as their SHA-256 hex hash. Each purpose has its length; a
//   token of any other shape is refused before any query.
// - Manage codes are the printed, typeable form of a manage link (the front desk's confirmation):
//   16 characters of the reference alphabet in blocks of four (about 79 random bits), stored only
//   as a hash.
// - References are what people read out at the front desk or on the phone: one format,
//   `[KIND-]XXXX-XXXX`, from an alphabet without look-alikes (no 0/O, 1/I/L). Appointments carry
//   no kind letter ("K7PX-3MHQ"), form submissions carry "F" ("F-7KQ2-M9XD"). Uniqueness is a
//   database constraint.
import { createHash, randomBytes, randomInt } from "node:crypto";

/** Random bytes per purpose. The lengths are those links have always had, so links already sent keep working. */
const TOKEN_BYTES = {
  /** The private manage link of an appointment (and the booking draft on the web). */
  appointment: 32,
  /** A form draft's private link, which becomes the submission's status link. */
  form: 24,
  /** A rejected feedback form kept for an hour. */
  feedback: 24,
  /** A staff password reset link, sent through the outbox (used once, 24 hours). */
  passwordReset: 32,
} as const;

export type TokenPurpose = keyof typeof TOKEN_BYTES;

const TOKEN_SHAPES: Record<TokenPurpose, RegExp> = Object.fromEntries(
  Object.entries(TOKEN_BYTES).map(([purpose, bytes]) => [
    purpose,
    new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((bytes * 4) / 3)}}$`),
  ]),
) as Record<TokenPurpose, RegExp>;

export function newSecretToken(purpose: TokenPurpose): string {
  return randomBytes(TOKEN_BYTES[purpose]).toString("base64url");
}

/** The token has the exact shape handed out for this purpose; anything else is not looked up at all. */
export function isSecretTokenShape(token: string | undefined | null, purpose: TokenPurpose): token is string {
  return typeof token === "string" && TOKEN_SHAPES[purpose].test(token);
}

/** SHA-256 in hex: how tokens are stored, and the checksum of files and request bodies. */
export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function hashToken(token: string): string {
  return sha256(token);
}

/** An unguessable video room name (128 random bits). */
export function newRoomName(): string {
  return `zugang-${randomBytes(16).toString("hex")}`;
}

const REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** The kind letter in front of a reference; appointments have none. */
const REFERENCE_KINDS = { appointment: "", submission: "F" } as const;

export type ReferenceKind = keyof typeof REFERENCE_KINDS;

/** e.g. "K7PX-3MHQ" for an appointment, "F-7KQ2-M9XD" for a submission (31^8 ≈ 8.5·10^11 codes each). */
export function newReference(kind: ReferenceKind): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  const prefix = REFERENCE_KINDS[kind];
  return `${prefix ? `${prefix}-` : ""}${code.slice(0, 4)}-${code.slice(4)}`;
}

// Parsing accepts every letter and digit 2–9: references handed out before the alphabet was one
// (submission references could contain an L) stay valid.
const REFERENCE_SHAPE = /^(?:([A-Z])-)?([A-Z2-9]{4}-[A-Z2-9]{4})$/;

/**
 * A reference as typed or read out: spaces dropped, upper case. Returns its kind and the stored
 * form, or null when it is not a reference (then nothing is looked up).
 */
export function parseReference(input: string): { kind: ReferenceKind; reference: string } | null {
  const normalised = input.replace(/\s+/g, "").toUpperCase();
  const match = REFERENCE_SHAPE.exec(normalised);
  if (!match) return null;
  const kind = (Object.keys(REFERENCE_KINDS) as ReferenceKind[]).find(
    (candidate) => REFERENCE_KINDS[candidate] === (match[1] ?? ""),
  );
  return kind ? { kind, reference: normalised } : null;
}

/** A manage code: "K7PX-3MHQ-9RTA-WE4C", 31^16 ≈ 7·10^23 codes. */
export function newManageCode(): string {
  let code = "";
  for (let i = 0; i < 16; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return code.match(/.{4}/g)!.join("-");
}

const MANAGE_CODE_SHAPE = /^[A-Z2-9]{16}$/;

/**
 * A manage code as typed: spaces, dashes and case do not matter. Returns the stored form
 * ("K7PX-3MHQ-9RTA-WE4C"), or null when it cannot be a code (then nothing is looked up).
 */
export function parseManageCode(input: string): string | null {
  const compact = input.replace(/[\s-]+/g, "").toUpperCase();
  if (!MANAGE_CODE_SHAPE.test(compact)) return null;
  return compact.match(/.{4}/g)!.join("-");
}
