// Staff accounts as admins keep them: the list, a new account (with an initial password the policy
// accepts), role and locations, deactivating and reactivating, resetting a lost second factor, and
// the security setting. Each change runs in the staff door's transaction and records its event there.
// An account is never deleted: its audit entries keep naming it. A change of role or state applies
// from the account's next request on (the door reads the account per request, auth.ts).
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { isUuid, text } from "@/lib/validation";
import { endStaffSessions } from "./sessions";
import type { Audit } from "./audit";
import { hashPassword, PASSWORD_PROBLEM_TEXTS, passwordProblem } from "./passwords";

export const ROLE_NAMES: Record<StaffRole, string> = {
  front_desk: "Eingangszone",
  caseworker: "Fachkraft",
  admin: "Administration",
};
const ROLES = Object.keys(ROLE_NAMES) as StaffRole[];

export interface StaffAccount {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  hasSecondFactor: boolean;
  locations: { id: string; name: string }[];
  createdAt: Date;
}

const accountSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  totpEnabledAt: true,
  createdAt: true,
  locations: { select: { location: { select: { id: true, name: true } } }, orderBy: { location: { name: "asc" } } },
} as const satisfies Prisma.StaffUserSelect;

type AccountRow = Prisma.StaffUserGetPayload<{ select: typeof accountSelect }>;

const toAccount = (row: AccountRow): StaffAccount => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  active: row.active,
  hasSecondFactor: row.totpEnabledAt !== null,
  locations: row.locations.map((entry) => entry.location),
  createdAt: row.createdAt,
});

/** Every account, active ones first, then by name. */
export async function listStaffAccounts(client: PrismaClient = db): Promise<StaffAccount[]> {
  const rows = await client.staffUser.findMany({
    select: accountSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return rows.map(toAccount);
}

export async function findStaffAccount(id: string, client: PrismaClient = db): Promise<StaffAccount | null> {
  if (!isUuid(id)) return null;
  const row = await client.staffUser.findUnique({ where: { id }, select: accountSelect });
  return row ? toAccount(row) : null;
}

/** The locations an account can be given. */
export function listLocationChoices(client: PrismaClient = db): Promise<{ id: string; name: string }[]> {
  return client.location.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export function securitySettings(client: PrismaClient = db): Promise<{ adminRequiresTotp: boolean }> {
  return client.securitySetting
    .findUnique({ where: { id: 1 }, select: { adminRequiresTotp: true } })
    .then((row) => row ?? { adminRequiresTotp: false });
}

// The forms' fields arrive as text (a repeated field as a list); they are checked here, field by
// field, so that the form can come back with its entries and a German message at each field.
const field = z.union([z.string(), z.array(z.string())]).optional();
export const accountFormSchema = z.object({
  name: field,
  email: field,
  role: field,
  locations: field,
  password: field,
});
export type AccountForm = z.infer<typeof accountFormSchema>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const list = (value: string | string[] | undefined) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((entry) => entry !== "");

export type AccountField = "name" | "email" | "role" | "locations" | "password";

/** What can be wrong with the new account's form, by code (the form comes back with the codes in its address). */
export const ACCOUNT_PROBLEM_TEXTS = {
  name: "Bitte geben Sie den Namen ein (höchstens 120 Zeichen).",
  "email-invalid": "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@jobcenter.example.",
  "email-taken": "Für diese E-Mail-Adresse gibt es schon ein Dienstkonto.",
  role: "Bitte wählen Sie eine Rolle.",
  locations: "Ein gewählter Standort existiert nicht mehr. Bitte wählen Sie erneut.",
  ...PASSWORD_PROBLEM_TEXTS,
} as const;
export type AccountProblemCode = keyof typeof ACCOUNT_PROBLEM_TEXTS;
export type AccountProblems = Partial<Record<AccountField, AccountProblemCode>>;

/** What the form keeps when it comes back with problems (never the password). */
export interface KeptEntries {
  name: string;
  email: string;
  role: string;
  locations: string[];
}

const nameSchema = text({ min: 1, max: 120 });
const emailSchema = z.email().max(200);

async function checkLocations(tx: Prisma.TransactionClient, ids: string[]): Promise<string[] | null> {
  const unique = [...new Set(ids)];
  if (!unique.every(isUuid)) return null;
  const found = await tx.location.count({ where: { id: { in: unique } } });
  return found === unique.length ? unique : null;
}

function checkRole(value: string): StaffRole | null {
  return (ROLES as string[]).includes(value) ? (value as StaffRole) : null;
}

export type CreateOutcome = { created: string } | { problems: AccountProblems; kept: KeptEntries };

/** A new account from the admin's form; problems by field when anything is wrong (nothing is stored then). */
export async function createStaffAccount(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  form: AccountForm,
): Promise<CreateOutcome> {
  const kept: KeptEntries = {
    name: single(form.name).trim(),
    email: single(form.email).trim().toLowerCase(),
    role: single(form.role),
    locations: list(form.locations),
  };
  const password = single(form.password);
  const problems: AccountProblems = {};
  if (!nameSchema.safeParse(kept.name).success) problems.name = "name";
  if (!emailSchema.safeParse(kept.email).success) problems.email = "email-invalid";
  else if (await tx.staffUser.findUnique({ where: { email: kept.email }, select: { id: true } }))
    problems.email = "email-taken";
  const role = checkRole(kept.role);
  if (!role) problems.role = "role";
  const locations = await checkLocations(tx, kept.locations);
  if (!locations) problems.locations = "locations";
  const problem = passwordProblem(password);
  if (problem) problems.password = problem;
  if (Object.keys(problems).length > 0 || !role || !locations) return { problems, kept };

  const created = await tx.staffUser.create({
    data: {
      name: kept.name,
      email: kept.email,
      role,
      passwordHash: await hashPassword(password),
      // The admin chose it: its owner sets their own at the first sign-in.
      mustChangePassword: true,
      locations: { create: locations.map((locationId) => ({ locationId })) },
    },
    select: { id: true },
  });
  await audit({
    action: "staff.created",
    citizenId: null,
    object: { type: "staff_user", id: created.id },
    details: { email: kept.email, role, locations },
  });
  return { created: created.id };
}

export type ChangeOutcome = "saved" | "unchanged" | "not-found" | "own-account" | "invalid-role" | "invalid-locations";

/** Role and locations of an account. An admin cannot take the admin role from themselves (nobody might be left to give it back). */
export async function updateStaffAccount(
  { tx, audit, actorId }: { tx: Prisma.TransactionClient; audit: Audit; actorId: string },
  id: string,
  form: AccountForm,
): Promise<ChangeOutcome> {
  const current = isUuid(id)
    ? await tx.staffUser.findUnique({
        where: { id },
        select: { role: true, locations: { select: { locationId: true } } },
      })
    : null;
  if (!current) return "not-found";
  const role = checkRole(single(form.role));
  if (!role) return "invalid-role";
  if (id === actorId && role !== current.role) return "own-account";
  const locations = await checkLocations(tx, list(form.locations));
  if (!locations) return "invalid-locations";
  const before = current.locations.map((entry) => entry.locationId).sort();
  const after = [...locations].sort();
  if (role === current.role && before.join() === after.join()) return "unchanged";
  await tx.staffUser.update({
    where: { id },
    data: { role, locations: { deleteMany: {}, create: after.map((locationId) => ({ locationId })) } },
  });
  // A new role means signing in again: no session goes on with what it was granted before.
  if (role !== current.role) await endStaffSessions(id, tx);
  await audit({
    action: "staff.updated",
    citizenId: null,
    object: { type: "staff_user", id },
    details: { role: { from: current.role, to: role }, locations: { from: before, to: after } },
  });
  return "saved";
}

export const activeSchema = z.object({ active: z.enum(["0", "1"]) });

/** Deactivates or reactivates an account; the account's next request already sees it. Never one's own. */
export async function setStaffAccountActive(
  { tx, audit, actorId }: { tx: Prisma.TransactionClient; audit: Audit; actorId: string },
  id: string,
  active: boolean,
): Promise<ChangeOutcome> {
  if (!isUuid(id)) return "not-found";
  if (id === actorId) return "own-account";
  const { count } = await tx.staffUser.updateMany({ where: { id, active: !active }, data: { active } });
  if (count === 0) return (await tx.staffUser.count({ where: { id } })) ? "unchanged" : "not-found";
  // Deactivation ends its sessions for good: reactivating the account later brings none of them back.
  if (!active) await endStaffSessions(id, tx);
  await audit({
    action: active ? "staff.reactivated" : "staff.deactivated",
    citizenId: null,
    object: { type: "staff_user", id },
    details: {},
  });
  return "saved";
}

/** A lost authenticator: the account signs in with its password alone again (and sets up a new one, where its role requires it). */
export async function resetSecondFactor(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  id: string,
): Promise<ChangeOutcome> {
  if (!isUuid(id)) return "not-found";
  const { count } = await tx.staffUser.updateMany({
    where: { id, OR: [{ totpSecret: { not: null } }, { totpPendingSecret: { not: null } }] },
    data: { totpSecret: null, totpEnabledAt: null, totpPendingSecret: null, totpLastStep: null },
  });
  if (count === 0) return (await tx.staffUser.count({ where: { id } })) ? "unchanged" : "not-found";
  await audit({
    action: "staff.second-factor-reset",
    citizenId: null,
    object: { type: "staff_user", id },
    details: {},
  });
  return "saved";
}

export const securitySettingSchema = z.object({ adminRequiresTotp: z.enum(["0", "1"]) });

export async function setAdminRequiresTotp(
  { tx, audit }: { tx: Prisma.TransactionClient; audit: Audit },
  required: boolean,
): Promise<"saved" | "unchanged"> {
  const { count } = await tx.securitySetting.updateMany({
    where: { id: 1, adminRequiresTotp: !required },
    data: { adminRequiresTotp: required },
  });
  if (count === 0) return "unchanged";
  await audit({
    action: "security.admin-second-factor-changed",
    citizenId: null,
    object: { type: "security_setting", id: "1" },
    details: { required },
  });
  return "saved";
}
