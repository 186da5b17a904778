// The callback queue (/staff/callbacks): every open callback request with its requested day and
// window, phone number, language and request type, oldest request first, paged; overdue ones marked. A staff
// member claims one (received → in review), calls, and records the outcome: reached (done), not
// reached (it comes back CALLBACK_RETRY_HOURS later, the person is told by SMS in their language;
// after CALLBACK_MAX_TRIES failed tries it is given up and the person told so), or turned into an
// appointment (done; the booking page for the person follows). Each step is a callback_attempt row
// and each status change a submission_status_change row, so the status page and the person's
// timeline show all of it. The door's transaction is passed in: change and audit event commit together.
import { textsFor } from "@/i18n/translator";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { finishPage, keysetOrder, keysetPlan, keysetWhere, type ListPage, type PageRequest } from "@/lib/list-query";
import { queueMessage } from "@/lib/notifications";
import { berlinToUtc } from "@/lib/time";
import { callbackWindows } from "./definitions/callback";

/** Failed tries after which a callback is given up (the person is told to book or call). */
export const CALLBACK_MAX_TRIES = 3;
/** A callback not reached comes back this many hours later. */
export const CALLBACK_RETRY_HOURS = 2;

type Tx = Prisma.TransactionClient;

export interface QueuedCallback {
  id: string;
  reference: string;
  citizenId: string | null;
  name: string;
  phone: string;
  language: string;
  requestType: string;
  topic: string | null;
  /** the requested day and window, or the time it is due again after a failed try */
  dueFrom: Date;
  dueUntil: Date;
  overdue: boolean;
  tries: number;
  claimedBy: { id: string; name: string } | null;
  status: string;
  createdAt: Date;
}

const text = (value: Prisma.JsonValue | undefined) => (typeof value === "string" ? value : "");

/** The window a callback asked for, in UTC: "2026-12-07" and "08-10" → 08:00–10:00 Berlin time. */
export function requestedWindow(day: string, window: string): { from: Date; until: Date } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !(callbackWindows as readonly string[]).includes(window)) return null;
  const [from, until] = window.split("-");
  return { from: berlinToUtc(day, `${from}:00`), until: berlinToUtc(day, `${until}:00`) };
}

/** What the callback queue can be narrowed to (a callback names no location: there is none to filter by). */
export interface CallbackFilter {
  /** received: nobody has taken it yet; in_review: someone has */
  status?: "received" | "in_review";
  requestType?: string;
  /** "me": taken by the viewer; "none": by nobody */
  claimed?: "me" | "none";
  /** the day the person asked to be called (YYYY-MM-DD) */
  day?: string;
}

/**
 * One page of the open callbacks matching the filter, oldest request first (the fair order: who asked
 * first is called first), with the total over all pages; paged by (created_at, id), never by OFFSET.
 */
export async function listCallbacks(
  now: Date,
  page: PageRequest = {},
  client: PrismaClient | Tx = db,
  filter: CallbackFilter = {},
  viewerId?: string,
): Promise<ListPage<QueuedCallback>> {
  const answers: Prisma.FormSubmissionWhereInput[] = [
    ...(filter.requestType ? [{ answers: { path: ["requestType"], equals: filter.requestType } }] : []),
    ...(filter.day ? [{ answers: { path: ["callbackDate"], equals: filter.day } }] : []),
  ];
  const claimedBy =
    filter.claimed === "me" && viewerId
      ? { callbackClaimedById: viewerId }
      : filter.claimed === "none"
        ? { callbackClaimedById: null }
        : {};
  const where: Prisma.FormSubmissionWhereInput = {
    formKey: "callback",
    status: filter.status ?? { not: "done" },
    ...claimedBy,
    ...(answers.length > 0 ? { AND: answers } : {}),
  };
  const plan = keysetPlan(page, "asc");
  const after = keysetWhere<Prisma.FormSubmissionWhereInput>("createdAt", plan);
  const [total, fetched] = await Promise.all([
    client.formSubmission.count({ where }),
    client.formSubmission.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: keysetOrder("createdAt", plan),
      take: plan.take,
      select: {
        id: true,
        reference: true,
        citizenId: true,
        answers: true,
        status: true,
        createdAt: true,
        callbackDueAt: true,
        callbackTries: true,
        callbackClaimedBy: { select: { id: true, name: true } },
      },
    }),
  ]);
  const shown = finishPage(fetched, plan, (row) => ({ at: row.createdAt, id: row.id }));
  const rows = shown.rows.map((row) => {
    const answers = (row.answers ?? {}) as Record<string, Prisma.JsonValue>;
    const window = requestedWindow(text(answers.callbackDate), text(answers.callbackWindow)) ?? {
      from: row.createdAt,
      until: new Date(row.createdAt.getTime() + 2 * 3_600_000),
    };
    const dueFrom = row.callbackDueAt ?? window.from;
    const dueUntil = row.callbackDueAt
      ? new Date(row.callbackDueAt.getTime() + CALLBACK_RETRY_HOURS * 3_600_000)
      : window.until;
    return {
      id: row.id,
      reference: row.reference,
      citizenId: row.citizenId,
      name: text(answers.fullName),
      phone: text(answers.callbackPhone),
      language: text(answers.callbackLanguage) || "de",
      requestType: text(answers.requestType),
      topic: text(answers.callbackTopic) || null,
      dueFrom,
      dueUntil,
      overdue: now.getTime() > dueUntil.getTime(),
      tries: row.callbackTries,
      claimedBy: row.callbackClaimedBy,
      status: row.status,
      createdAt: row.createdAt,
    };
  });
  return { ...shown, total, rows };
}

export type ClaimOutcome = "claimed" | "already-yours" | "taken" | "closed" | "unknown";

/** Claims an open callback for the staff member, unless someone else holds it. */
export async function claimCallback(
  tx: Tx,
  id: string,
  staffId: string,
): Promise<{ outcome: ClaimOutcome; citizenId: string | null; reference: string | null }> {
  const [row] = await tx.$queryRaw<
    { id: string; status: string; claimed: string | null; citizen_id: string | null; reference: string }[]
  >`
    SELECT id::text, status::text, callback_claimed_by_id::text AS claimed, citizen_id::text, reference
      FROM form_submission WHERE id = ${id}::uuid AND form_key = 'callback' FOR UPDATE`;
  if (!row) return { outcome: "unknown", citizenId: null, reference: null };
  const found = { citizenId: row.citizen_id, reference: row.reference };
  if (row.status === "done") return { outcome: "closed", ...found };
  if (row.claimed === staffId) return { outcome: "already-yours", ...found };
  if (row.claimed) return { outcome: "taken", ...found };
  await tx.formSubmission.update({
    where: { id },
    data: { callbackClaimedById: staffId, ...(row.status === "received" ? { status: "in_review" } : {}) },
  });
  if (row.status === "received")
    await tx.submissionStatusChange.create({
      data: { submissionId: id, fromStatus: "received", toStatus: "in_review", staffUserId: staffId },
    });
  await tx.callbackAttempt.create({ data: { submissionId: id, staffUserId: staffId, outcome: "claimed" } });
  return { outcome: "claimed", ...found };
}

export type CallbackResult = "reached" | "not-reached" | "appointment";
export type RecordedOutcome =
  | {
      outcome: "reached" | "not_reached" | "gave_up" | "appointment";
      tries: number;
      citizenId: string | null;
      reference: string;
      requestType: string;
    }
  | { outcome: "not-yours" | "closed" | "unknown" };

/** Records what the call came to; only the staff member holding the callback may. */
export async function recordCallbackOutcome(
  tx: Tx,
  input: { id: string; staffId: string; result: CallbackResult; note: string | null },
  now: Date,
): Promise<RecordedOutcome> {
  const [row] = await tx.$queryRaw<
    {
      status: string;
      claimed: string | null;
      citizen_id: string | null;
      reference: string;
      tries: number;
      answers: Record<string, Prisma.JsonValue>;
    }[]
  >`
    SELECT status::text, callback_claimed_by_id::text AS claimed, citizen_id::text, reference, callback_tries AS tries, answers
      FROM form_submission WHERE id = ${input.id}::uuid AND form_key = 'callback' FOR UPDATE`;
  if (!row) return { outcome: "unknown" };
  if (row.status === "done") return { outcome: "closed" };
  if (row.claimed !== input.staffId) return { outcome: "not-yours" };
  const base = { citizenId: row.citizen_id, reference: row.reference, requestType: text(row.answers.requestType) };
  const close = async (outcome: "reached" | "gave_up" | "appointment", tries: number) => {
    await tx.formSubmission.update({
      where: { id: input.id },
      data: { status: "done", callbackClaimedById: null, callbackTries: tries },
    });
    await tx.submissionStatusChange.create({
      data: {
        submissionId: input.id,
        fromStatus: row.status as "in_review",
        toStatus: "done",
        staffUserId: input.staffId,
        note: input.note,
      },
    });
    await tx.callbackAttempt.create({
      data: { submissionId: input.id, staffUserId: input.staffId, outcome, note: input.note },
    });
  };
  if (input.result === "reached") {
    await close("reached", row.tries);
    return { outcome: "reached", tries: row.tries, ...base };
  }
  if (input.result === "appointment") {
    await close("appointment", row.tries);
    return { outcome: "appointment", tries: row.tries, ...base };
  }
  const tries = row.tries + 1;
  const language = text(row.answers.callbackLanguage);
  const phone = text(row.answers.callbackPhone);
  const t = textsFor(language && language !== "other" ? language : "de", "forms");
  if (tries >= CALLBACK_MAX_TRIES) {
    await tx.callbackAttempt.create({
      data: { submissionId: input.id, staffUserId: input.staffId, outcome: "not_reached", note: input.note },
    });
    await close("gave_up", tries);
    if (phone)
      await queueMessage(tx, {
        kind: "callback",
        to: { phone },
        subject: t("callbackQueue.gaveUp.subject", { reference: row.reference }),
        text: t("callbackQueue.gaveUp.text", { reference: row.reference, tries }),
        submissionId: input.id,
      });
    return { outcome: "gave_up", tries, ...base };
  }
  await tx.formSubmission.update({
    where: { id: input.id },
    data: {
      callbackClaimedById: null,
      callbackTries: tries,
      callbackDueAt: new Date(now.getTime() + CALLBACK_RETRY_HOURS * 3_600_000),
    },
  });
  await tx.callbackAttempt.create({
    data: { submissionId: input.id, staffUserId: input.staffId, outcome: "not_reached", note: input.note },
  });
  if (phone)
    await queueMessage(tx, {
      kind: "callback",
      to: { phone },
      subject: t("callbackQueue.notReached.subject", { reference: row.reference }),
      text: t("callbackQueue.notReached.text", { reference: row.reference }),
      submissionId: input.id,
    });
  return { outcome: "not_reached", tries, ...base };
}

/**
 * Open callbacks whose time has come (their window has begun, or a retry is due): the staff header's
 * count, on every staff page. Counted in the database: the window's start is compared as Berlin
 * wall-clock text ("2026-12-07 08:00"), so an answer that is not a day and a window falls back to
 * the request's time (as `requestedWindow` does) instead of failing a cast.
 */
export async function dueCallbackCount(now: Date, client: PrismaClient | Tx = db): Promise<number> {
  const [{ count }] = await client.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count
      FROM form_submission
     WHERE form_key = 'callback' AND status <> 'done'
       AND CASE
             WHEN callback_due_at IS NOT NULL THEN callback_due_at <= ${now}
             WHEN answers ->> 'callbackDate' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                  AND answers ->> 'callbackWindow' = ANY(${[...callbackWindows]}::text[])
               THEN (answers ->> 'callbackDate') || ' ' || split_part(answers ->> 'callbackWindow', '-', 1) || ':00'
                    <= to_char(${now}::timestamptz AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD HH24:MI')
             ELSE created_at <= ${now}
           END`;
  return count;
}
