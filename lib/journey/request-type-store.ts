// Request types as admins edit them (/staff/admin/request-types): read with their language gaps,
// saved from the checked form in the door's transaction (the caller records the audit event), a
// refused form kept for its author. Nothing here is kept in the process: the citizen pages, the
// recommendation, the booking and the API read request_type at every request.
import { db } from "@/lib/db";
import { storable } from "@/lib/db/storable";
import type { Prisma, PrismaClient, RequestType } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/validation";
import { isRequestTypeKey } from "./request-types";
import {
  checkRequestTypeForm,
  languageGaps,
  settingChanges,
  type LanguageGap,
  type RequestTypeFormFields,
  type RequestTypeProblems,
  type RequestTypeSettings,
  type SettingChange,
} from "./request-type-settings";
import type { RuleChange } from "./rule-sets";
import { fitRuleSetToChannels } from "./rule-store";
import type { Channel } from "./situation";

type Client = PrismaClient | Prisma.TransactionClient;

export interface AdminRequestType extends RequestTypeSettings {
  key: string;
  isEmergency: boolean;
  externalUrl: string | null;
  active: boolean;
  /** compared when saving: a form opened before another save is not saved over it */
  version: string;
  gaps: LanguageGap[];
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const strings = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(record(value)).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
const lists = (value: unknown): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(record(value)).map(([language, items]) => [
      language,
      Array.isArray(items) ? items.filter((item): item is string => typeof item === "string") : [],
    ]),
  );

function settingsOf(row: RequestType): RequestTypeSettings {
  return {
    title: strings(row.title),
    description: strings(row.description),
    whatToBring: lists(row.whatToBring),
    allowedChannels: row.allowedChannels,
    slotMinutes: row.slotMinutes,
  };
}

function adminView(row: RequestType): AdminRequestType {
  const settings = settingsOf(row);
  return {
    key: row.key,
    ...settings,
    isEmergency: row.isEmergency,
    externalUrl: row.externalUrl,
    active: row.active,
    version: String(row.updatedAt.getTime()),
    gaps: languageGaps(settings),
  };
}

/** Every request type, the inactive ones too, in the citizens' order. */
export async function listRequestTypesForAdmin(client: Client = db): Promise<AdminRequestType[]> {
  const rows = await client.requestType.findMany({ orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
  return rows.map(adminView);
}

export async function findRequestTypeForAdmin(key: string, client: Client = db): Promise<AdminRequestType | null> {
  if (!isRequestTypeKey(key)) return null;
  const row = await client.requestType.findUnique({ where: { key } });
  return row ? adminView(row) : null;
}

export type RequestTypeSaveOutcome =
  | {
      outcome: "saved";
      changes: Record<string, SettingChange>;
      routing: { id: string; version: number; changes: RuleChange[] } | null;
    }
  | { outcome: "unchanged" }
  | { outcome: "invalid"; problems: RequestTypeProblems }
  /** saved by someone else since the form was opened; `version` is the one now stored */
  | { outcome: "conflict"; version: string }
  | { outcome: "not-found" };

/**
 * Checks the posted form and saves it, in the caller's transaction. `formExists` says whether the
 * portal has a form definition for a key (the forms room knows; the page and the route ask it). A
 * change of the allowed channels also fits the routing rules in force to them (a new version).
 */
export async function saveRequestTypeSettings(
  tx: Prisma.TransactionClient,
  actorId: string,
  key: string,
  fields: RequestTypeFormFields,
  { formExists }: { formExists: (key: string) => boolean },
): Promise<RequestTypeSaveOutcome> {
  if (!isRequestTypeKey(key)) return { outcome: "not-found" };
  // The row lock makes two saves of one type wait for each other, so the version check holds.
  const locked = await tx.$queryRaw<{ key: string }[]>`SELECT key FROM request_type WHERE key = ${key} FOR UPDATE`;
  if (locked.length === 0) return { outcome: "not-found" };
  const row = await tx.requestType.findUniqueOrThrow({ where: { key } });
  const checked = checkRequestTypeForm(fields, { hasOnlineForm: formExists(key) || Boolean(row.externalUrl) });
  if (!checked.ok) return { outcome: "invalid", problems: checked.problems };
  const version = String(row.updatedAt.getTime());
  if (fields.basedOn !== version) return { outcome: "conflict", version };
  const before = settingsOf(row);
  const after = checked.settings;
  const changes = settingChanges(before, after);
  if (Object.keys(changes).length === 0) return { outcome: "unchanged" };
  await tx.requestType.update({
    where: { key },
    data: {
      // Languages the form does not know (none today) keep their texts.
      title: { ...before.title, ...after.title },
      description: { ...before.description, ...after.description },
      whatToBring: { ...before.whatToBring, ...after.whatToBring },
      allowedChannels: after.allowedChannels,
      slotMinutes: after.slotMinutes,
    },
  });
  const routing = changes.allowedChannels
    ? await fitRuleSetToChannels(tx, actorId, key, after.allowedChannels as Channel[])
    : null;
  return { outcome: "saved", changes, routing };
}

/** How long a refused form is kept for its author to see again. */
const REFUSED_FORM_MS = 60 * 60 * 1000;

/** Keeps a refused form with its problems for its author; returns the id the page is opened with. Expired ones go first. */
export async function keepRefusedForm(
  tx: Prisma.TransactionClient,
  staffUserId: string,
  key: string,
  fields: RequestTypeFormFields,
  problems: RequestTypeProblems,
): Promise<string> {
  const now = new Date();
  await tx.requestTypeDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  const row = await tx.requestTypeDraft.create({
    select: { id: true },
    data: {
      requestTypeKey: key,
      staffUserId,
      entries: storable(fields) as Prisma.InputJsonObject,
      problems: storable(problems),
      expiresAt: new Date(now.getTime() + REFUSED_FORM_MS),
    },
  });
  return row.id;
}

/** A refused form of this staff member for this request type, not yet expired; else null. */
export async function findRefusedForm(
  id: string | undefined,
  staffUserId: string,
  key: string,
  client: Client = db,
): Promise<{ entries: RequestTypeFormFields; problems: RequestTypeProblems } | null> {
  if (!isUuid(id)) return null;
  const row = await client.requestTypeDraft.findFirst({
    where: { id, staffUserId, requestTypeKey: key, expiresAt: { gt: new Date() } },
  });
  return row ? { entries: record(row.entries) as RequestTypeFormFields, problems: strings(row.problems) } : null;
}

/** Deletes this staff member's kept forms of a request type (after a save). */
export async function forgetRefusedForms(
  tx: Prisma.TransactionClient,
  staffUserId: string,
  key: string,
): Promise<void> {
  await tx.requestTypeDraft.deleteMany({ where: { staffUserId, requestTypeKey: key } });
}
