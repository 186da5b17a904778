// The caseworker's inbox (/staff/inbox): form submissions by status, form, age and assignee; one
// submission with its answers, attachments, questions and answers; assigning it, moving its status
// (received → in review → needs information ⇄ in review → done), and asking the person for
// information in their language. The question is one of INFORMATION_TEMPLATES, whose text the
// status page shows in the submission's language, with an optional note as the caseworker wrote
// it; the message goes out through the outbox. Callback requests have their own queue.
import { textsFor } from "@/i18n/translator";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { queueMessage } from "@/lib/notifications";
import { finishPage, keysetOrder, keysetPlan, keysetWhere, type ListPage, type PageRequest } from "@/lib/list-query";
import { addDays, berlinToUtc } from "@/lib/time";
import { isUuid } from "@/lib/validation";
import { findForm } from "./definitions";
import type { FieldDefinition } from "./types";
import { canChangeStatus, submissionStatuses } from "./status";
import { fileStorage, type FileStorage } from "./storage";

type Tx = Prisma.TransactionClient;

/** The questions a caseworker can ask, each translated on the status page (messages: forms.statusQuestions.templates). */
export const INFORMATION_TEMPLATES = ["payslips", "bankStatements", "rentContract", "idDocument", "details"] as const;
export type InformationTemplate = (typeof INFORMATION_TEMPLATES)[number];

export interface InboxFilter {
  status?: SubmissionStatus;
  form?: string;
  /** "me": assigned to the viewer; "none": to nobody; otherwise every assignee */
  assignee?: "me" | "none" | "all";
  /** received from / to (Berlin calendar days, YYYY-MM-DD, both included) */
  from?: string;
  to?: string;
}

/** The received-at range of a day filter: from the first day's midnight to the midnight after the last (Berlin). */
export function receivedBetween(from?: string, to?: string): Prisma.DateTimeFilter | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: berlinToUtc(from, "00:00") } : {}),
    ...(to ? { lt: berlinToUtc(addDays(to, 1), "00:00") } : {}),
  };
}

export interface InboxRow {
  id: string;
  reference: string;
  formKey: string;
  status: SubmissionStatus;
  createdAt: Date;
  assignee: { id: string; name: string } | null;
  citizenId: string | null;
  attachments: number;
}

/**
 * One page of the submissions matching the filter, oldest first (the fair order: who waited longest
 * is seen first), with the total over all pages; paged by (created_at, id), never by OFFSET, so the
 * 10,000th is as near as the first. Callback requests are not here (they have their own queue).
 */
export async function listInbox(
  filter: InboxFilter,
  viewerId: string,
  page: PageRequest = {},
  client: PrismaClient = db,
): Promise<ListPage<InboxRow>> {
  const where: Prisma.FormSubmissionWhereInput = {
    formKey: filter.form && findForm(filter.form) && filter.form !== "callback" ? filter.form : { not: "callback" },
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.assignee === "me" ? { assigneeId: viewerId } : filter.assignee === "none" ? { assigneeId: null } : {}),
    ...(receivedBetween(filter.from, filter.to) ? { createdAt: receivedBetween(filter.from, filter.to) } : {}),
  };
  const plan = keysetPlan(page, "asc");
  const after = keysetWhere<Prisma.FormSubmissionWhereInput>("createdAt", plan);
  const [total, rows] = await Promise.all([
    client.formSubmission.count({ where }),
    client.formSubmission.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy: keysetOrder("createdAt", plan),
      take: plan.take,
      select: {
        id: true,
        reference: true,
        formKey: true,
        status: true,
        createdAt: true,
        citizenId: true,
        assignee: { select: { id: true, name: true } },
        _count: { select: { attachments: true } },
      },
    }),
  ]);
  const shown = finishPage(rows, plan, (row) => ({ at: row.createdAt, id: row.id }));
  return {
    ...shown,
    total,
    rows: shown.rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      formKey: row.formKey,
      status: row.status,
      createdAt: row.createdAt,
      assignee: row.assignee,
      citizenId: row.citizenId,
      attachments: row._count.attachments,
    })),
  };
}

export interface SubmissionDetail {
  id: string;
  reference: string;
  formKey: string;
  formTitle: string;
  status: SubmissionStatus;
  language: string;
  createdAt: Date;
  citizenId: string | null;
  assignee: { id: string; name: string } | null;
  /** filed with help at the counter, and by whom */
  filedAtCounter: { by: string | null } | null;
  /** each answer with the German label of its field */
  answers: { field: string; label: string; value: string }[];
  attachments: {
    id: string;
    name: string;
    mimeType: string;
    sizeBytes: number;
    createdAt: Date;
    withAnswer: boolean;
  }[];
  messages: {
    id: string;
    direction: "question" | "answer";
    template: string | null;
    templateText: string | null;
    body: string | null;
    staff: string | null;
    createdAt: Date;
    files: number;
  }[];
  history: {
    from: SubmissionStatus | null;
    to: SubmissionStatus;
    note: string | null;
    staff: string | null;
    createdAt: Date;
  }[];
}

/**
 * One answer in words, as the person's check page shows it: a choice by its German label, a date as
 * dd.mm.yyyy, an amount in euros, an IBAN in groups of four; a value the form does not know stays as
 * it was typed.
 */
function answerText(field: FieldDefinition | undefined, value: unknown, t: ReturnType<typeof textsFor>): string {
  const text = String(value ?? "");
  if (!field) return text;
  if (field.optionSet) {
    const key = `options.${field.optionSet}.${text}`;
    return t.has(key) ? t(key) : text;
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (field.kind === "date" && day) return `${day[3]}.${day[2]}.${day[1]}`;
  if (field.kind === "money" && text !== "") return `${text} €`;
  if (field.kind === "iban") return text.replace(/(.{4})/g, "$1 ").trim();
  return text;
}

/** One submission for the inbox, or null (unknown id, or a callback request). */
export async function loadSubmission(id: string, client: PrismaClient = db): Promise<SubmissionDetail | null> {
  if (!isUuid(id)) return null;
  const row = await client.formSubmission.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true } },
      filedByStaff: { select: { name: true } },
      attachments: { orderBy: { createdAt: "asc" } },
      messages: {
        orderBy: { createdAt: "asc" },
        include: { staffUser: { select: { name: true } }, _count: { select: { attachments: true } } },
      },
      statusHistory: { orderBy: { createdAt: "asc" }, include: { staffUser: { select: { name: true } } } },
    },
  });
  if (!row || row.formKey === "callback") return null;
  const t = textsFor("de", "forms");
  const form = findForm(row.formKey);
  const labelOf = (field: string) => {
    const key = `fields.${field}.label`;
    return t.has(key) ? t(key) : field;
  };
  const fields = new Map(form?.pages.flatMap((page) => page.fields.map((field) => [field.name, field] as const)));
  const answers = Object.entries((row.answers ?? {}) as Record<string, unknown>).map(([field, value]) => ({
    field,
    label: labelOf(field),
    value: (Array.isArray(value) ? value : [value]).map((item) => answerText(fields.get(field), item, t)).join(", "),
  }));
  return {
    id: row.id,
    reference: row.reference,
    formKey: row.formKey,
    formTitle: form ? t(`forms.${row.formKey}.title`) : row.formKey,
    status: row.status,
    language: row.language,
    createdAt: row.createdAt,
    citizenId: row.citizenId,
    assignee: row.assignee,
    filedAtCounter: row.assistance === "self_service" ? null : { by: row.filedByStaff?.name ?? null },
    answers,
    attachments: row.attachments.map((file) => ({
      id: file.id,
      name: file.originalName,
      mimeType: file.mimeType,
      sizeBytes: file.sizeBytes,
      createdAt: file.createdAt,
      withAnswer: file.messageId !== null,
    })),
    messages: row.messages.map((message) => ({
      id: message.id,
      direction: message.direction === "answer" ? "answer" : "question",
      template: message.template,
      templateText: message.template ? t(`statusQuestions.templates.${message.template}`) : null,
      body: message.body,
      staff: message.staffUser?.name ?? null,
      createdAt: message.createdAt,
      files: message._count.attachments,
    })),
    history: row.statusHistory.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      note: change.note,
      staff: change.staffUser?.name ?? null,
      createdAt: change.createdAt,
    })),
  };
}

/** Locks the submission's row and reads what the changes need; null for an unknown id or a callback. */
async function lockSubmission(tx: Tx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await tx.$queryRaw<
    {
      id: string;
      status: SubmissionStatus;
      citizen_id: string | null;
      reference: string;
      language: string;
      form_key: string;
      answers: Record<string, unknown>;
      assignee_id: string | null;
    }[]
  >`
    SELECT id::text, status, citizen_id::text, reference, language, form_key, answers, assignee_id::text
      FROM form_submission WHERE id = ${id}::uuid AND form_key <> 'callback' FOR UPDATE`;
  return row ?? null;
}

export type InboxChange =
  { ok: true; citizenId: string | null; reference: string } | { ok: false; problem: "unknown" | "not-allowed" };

/** Assigns the submission to the staff member (taking it over from another is allowed and recorded). */
export async function assignSubmission(tx: Tx, id: string, staffId: string): Promise<InboxChange> {
  const row = await lockSubmission(tx, id);
  if (!row) return { ok: false, problem: "unknown" };
  await tx.formSubmission.update({ where: { id }, data: { assigneeId: staffId } });
  return { ok: true, citizenId: row.citizen_id, reference: row.reference };
}

async function moveStatus(
  tx: Tx,
  row: { id: string; status: SubmissionStatus },
  to: SubmissionStatus,
  staffId: string,
  note: string | null,
): Promise<void> {
  await tx.formSubmission.update({ where: { id: row.id }, data: { status: to } });
  await tx.submissionStatusChange.create({
    data: { submissionId: row.id, fromStatus: row.status, toStatus: to, staffUserId: staffId, note },
  });
}

/** A status change the rule allows (needs information goes through askForInformation, which says what is needed). */
export async function changeStatus(
  tx: Tx,
  id: string,
  to: SubmissionStatus,
  staffId: string,
): Promise<InboxChange & { from?: SubmissionStatus }> {
  const row = await lockSubmission(tx, id);
  if (!row) return { ok: false, problem: "unknown" };
  if (to === "needs_info" || !canChangeStatus(row.status, to)) return { ok: false, problem: "not-allowed" };
  await moveStatus(tx, row, to, staffId, null);
  if (!row.assignee_id) await tx.formSubmission.update({ where: { id }, data: { assigneeId: staffId } });
  return { ok: true, citizenId: row.citizen_id, reference: row.reference, from: row.status };
}

/**
 * Asks the person for information: the question is stored, the status becomes "needs information"
 * (through "in review" when it was still "received"), and the person is told by e-mail or SMS in the
 * submission's language where to answer.
 */
export async function askForInformation(
  tx: Tx,
  input: { id: string; staffId: string; template: InformationTemplate; note: string | null },
): Promise<InboxChange> {
  const row = await lockSubmission(tx, input.id);
  if (!row) return { ok: false, problem: "unknown" };
  if (row.status !== "received" && row.status !== "in_review") return { ok: false, problem: "not-allowed" };
  let current = row;
  if (row.status === "received") {
    await moveStatus(tx, row, "in_review", input.staffId, null);
    current = { ...row, status: "in_review" };
  }
  await tx.submissionMessage.create({
    data: {
      submissionId: input.id,
      direction: "question",
      template: input.template,
      body: input.note,
      staffUserId: input.staffId,
    },
  });
  await moveStatus(tx, current, "needs_info", input.staffId, null);
  if (!row.assignee_id)
    await tx.formSubmission.update({ where: { id: input.id }, data: { assigneeId: input.staffId } });
  const form = findForm(row.form_key);
  const contact = form?.contactFields ?? {};
  const answer = (field: string | undefined) =>
    field && typeof row.answers[field] === "string" && row.answers[field] !== ""
      ? (row.answers[field] as string)
      : null;
  const to = { email: answer(contact.email), phone: answer(contact.phone) };
  if (to.email || to.phone) {
    const t = textsFor(row.language, "forms");
    await queueMessage(tx, {
      kind: "information-request",
      to,
      subject: t("informationRequest.subject", { reference: row.reference }),
      text: t("informationRequest.text", { reference: row.reference }),
      submissionId: input.id,
    });
  }
  return { ok: true, citizenId: row.citizen_id, reference: row.reference };
}

/** One attachment's bytes for the staff download, or null when the submission has no such file. */
export async function openAttachment(
  submissionId: string,
  attachmentId: string,
  client: PrismaClient | Tx = db,
  storage: FileStorage = fileStorage(),
) {
  if (!isUuid(submissionId) || !isUuid(attachmentId)) return null;
  const file = await client.attachment.findFirst({
    where: { id: attachmentId, submissionId },
    include: { submission: { select: { citizenId: true, reference: true } } },
  });
  if (!file) return null;
  return {
    name: file.originalName,
    mimeType: file.mimeType,
    bytes: await storage.get(file.storageKey),
    citizenId: file.submission.citizenId,
    reference: file.submission.reference,
  };
}

export { submissionStatuses };

/** Submissions nobody is assigned to yet and not done: the staff header's count (callbacks are counted apart). */
export async function unassignedInboxCount(client: PrismaClient = db): Promise<number> {
  return client.formSubmission.count({
    where: { formKey: { not: "callback" }, assigneeId: null, status: { not: "done" } },
  });
}
