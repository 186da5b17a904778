// The versioned routing rules in the database (routing_rule_set). Every recommendation asks for the
// current version's id (one indexed row) and reloads the content only when the id changed, so a
// version saved by any app process is in force at the next request of every other one, without a
// restart. Saving and restoring write a new version; versions are never changed (a trigger).
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import {
  defaultRuleSet,
  describeChanges,
  ruleSetContentSchema,
  validateRuleSet,
  type RuleChange,
  type RuleProblem,
  type RuleSetContent,
} from "./rule-sets";
import type { Channel } from "./situation";

type Client = PrismaClient | Prisma.TransactionClient;

export interface CurrentRuleSet {
  id: string;
  version: number;
  content: RuleSetContent;
}

// One per process, kept on globalThis (the server may load this module more than once); the id
// of a version is unique, so an entry can never stand for another version or another database.
const holder = globalThis as unknown as { zugangRuleSet?: CurrentRuleSet };

/** The version in force. The first read of an empty table writes version 1 from the defaults. */
export async function currentRuleSet(client: Client = db): Promise<CurrentRuleSet> {
  const head = await client.routingRuleSet.findFirst({ orderBy: { version: "desc" }, select: { id: true } });
  if (!head) {
    await writeFirstRuleSet(client);
    return currentRuleSet(client);
  }
  const cached = holder.zugangRuleSet;
  if (cached?.id === head.id) return cached;
  const row = await client.routingRuleSet.findUniqueOrThrow({ where: { id: head.id } });
  const loaded = { id: row.id, version: row.version, content: contentOf(row) };
  holder.zugangRuleSet = loaded;
  return loaded;
}

/** Writes version 1 (the defaults) unless a version exists; the seed and the first read call it. */
export async function writeFirstRuleSet(client: Client = db): Promise<void> {
  const content = defaultRuleSet();
  await client.routingRuleSet.createMany({
    data: [
      {
        version: 1,
        baseOrders: content.baseOrders as Prisma.InputJsonObject,
        situationSteps: content.situationSteps as Prisma.InputJsonArray,
      },
    ],
    skipDuplicates: true,
  });
}

function contentOf(row: { baseOrders: unknown; situationSteps: unknown }): RuleSetContent {
  return ruleSetContentSchema.parse({ baseOrders: row.baseOrders, situationSteps: row.situationSteps });
}

export interface RuleSetVersion {
  id: string;
  version: number;
  createdAt: Date;
  createdBy: string | null;
  restoredFrom: number | null;
  changes: RuleChange[];
}

/** Every version, newest first, with who saved it and what changed. */
export async function listRuleSetVersions(client: Client = db): Promise<RuleSetVersion[]> {
  const rows = await client.routingRuleSet.findMany({
    orderBy: { version: "desc" },
    include: { createdBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: row.createdBy?.name ?? null,
    restoredFrom: row.restoredFrom,
    changes: row.changes as unknown as RuleChange[],
  }));
}

/** The request types a rule set is checked against: active ones, with their German title. */
export async function requestTypesForRules(
  client: Client = db,
): Promise<
  { key: string; title: string; allowedChannels: Channel[]; isEmergency: boolean; externalUrl: string | null }[]
> {
  const rows = await client.requestType.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
  });
  return rows.map((row) => ({
    key: row.key,
    title: (row.title as Record<string, string>).de ?? row.key,
    allowedChannels: row.allowedChannels,
    isEmergency: row.isEmergency,
    externalUrl: row.externalUrl,
  }));
}

export type SaveOutcome =
  | { outcome: "saved"; id: string; version: number; changes: RuleChange[] }
  | { outcome: "unchanged"; version: number }
  | { outcome: "invalid"; problems: RuleProblem[] }
  /** another version was saved since the admin opened the form */
  | { outcome: "conflict"; version: number }
  | { outcome: "not-found" };

// Saves are one at a time: the check against the current version and the new version's number
// must see every save before them (a transaction-scoped advisory lock; the key is arbitrary but fixed).
const SAVE_LOCK = 71_530_042;

async function lockAndReadCurrent(tx: Prisma.TransactionClient): Promise<CurrentRuleSet> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${SAVE_LOCK})::text`;
  return currentRuleSet(tx);
}

async function writeVersion(
  tx: Prisma.TransactionClient,
  version: number,
  content: RuleSetContent,
  changes: RuleChange[],
  actorId: string,
  restoredFrom: number | null,
) {
  const row = await tx.routingRuleSet.create({
    select: { id: true },
    data: {
      version,
      baseOrders: content.baseOrders as Prisma.InputJsonObject,
      situationSteps: content.situationSteps as Prisma.InputJsonArray,
      changes: changes as unknown as Prisma.InputJsonArray,
      restoredFrom,
      createdById: actorId,
    },
  });
  return row.id;
}

/**
 * Saves a draft as the next version, in the caller's transaction (the door's, with its audit
 * event). Refused when it breaks a rule (validateRuleSet) or when `basedOn` is no longer current.
 */
export async function saveRuleSet(
  tx: Prisma.TransactionClient,
  actorId: string,
  basedOn: number | null,
  draft: RuleSetContent,
): Promise<SaveOutcome> {
  const current = await lockAndReadCurrent(tx);
  if (basedOn !== current.version) return { outcome: "conflict", version: current.version };
  const problems = validateRuleSet(draft, await requestTypesForRules(tx));
  if (problems.length > 0) return { outcome: "invalid", problems };
  const changes = describeChanges(current.content, draft);
  if (changes.length === 0) return { outcome: "unchanged", version: current.version };
  const id = await writeVersion(tx, current.version + 1, draft, changes, actorId, null);
  return { outcome: "saved", id, version: current.version + 1, changes };
}

/**
 * Brings an earlier version back as the next version (its content copied; the history stays whole).
 * The earlier version is checked like a draft: rules that became stricter since still apply.
 */
export async function restoreRuleSet(
  tx: Prisma.TransactionClient,
  actorId: string,
  basedOn: number | null,
  version: number,
): Promise<SaveOutcome> {
  const current = await lockAndReadCurrent(tx);
  if (basedOn !== current.version) return { outcome: "conflict", version: current.version };
  const row = await tx.routingRuleSet.findUnique({ where: { version } });
  if (!row) return { outcome: "not-found" };
  const content = contentOf(row);
  const problems = validateRuleSet(content, await requestTypesForRules(tx));
  if (problems.length > 0) return { outcome: "invalid", problems };
  const changes = describeChanges(current.content, content);
  if (changes.length === 0) return { outcome: "unchanged", version: current.version };
  const id = await writeVersion(tx, current.version + 1, content, changes, actorId, version);
  return { outcome: "saved", id, version: current.version + 1, changes };
}

/**
 * After a request type's allowed channels changed (request-type-store.ts), the rule set in force
 * must list exactly them in that type's orders (validateRuleSet), or the next save of the routing
 * editor would be refused for a type nobody touched there. So, in the caller's transaction, a new
 * version is written: a channel no longer allowed leaves each order, a newly allowed one joins at
 * the end (in person stays wherever it stood). Null when the orders already fit.
 */
export async function fitRuleSetToChannels(
  tx: Prisma.TransactionClient,
  actorId: string,
  requestTypeKey: string,
  allowed: readonly Channel[],
): Promise<{ id: string; version: number; changes: RuleChange[] } | null> {
  const current = await lockAndReadCurrent(tx);
  const orders = current.content.baseOrders[requestTypeKey];
  if (!orders) return null;
  const keep = (channel: Channel) => channel === "in_person" || allowed.includes(channel);
  const fitted = Object.fromEntries(
    Object.entries(orders).map(([preference, order]) => {
      const kept = (order ?? []).filter(keep);
      return [preference, [...kept, ...allowed.filter((channel) => !kept.includes(channel))]];
    }),
  );
  const draft: RuleSetContent = {
    ...current.content,
    baseOrders: { ...current.content.baseOrders, [requestTypeKey]: fitted },
  };
  const changes = describeChanges(current.content, draft);
  if (changes.length === 0) return null;
  const id = await writeVersion(tx, current.version + 1, draft, changes, actorId, null);
  return { id, version: current.version + 1, changes };
}
