// Filing a submission: the submission, its attachments, its first status and the confirmation
// message are written in one transaction. The idempotency key (and the status token) are unique,
// so a double tap, a refresh or a retry finds the first submission instead of making a second.
import { db } from "@/lib/db";
import { textsFor } from "@/i18n/translator";
import { isUniqueViolation } from "@/lib/db/errors";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueMessage } from "@/lib/notifications";
import { linkPerson } from "@/lib/people";
import { berlinDate } from "@/lib/time";
import { isUuid } from "@/lib/validation";
import { findForm } from "./definitions";
import { findDraft } from "./drafts";
import { validateForm } from "./engine";
import { statusPath } from "./paths";
import { hashToken, newReference } from "@/lib/tokens";
import type { Answers, FormDefinition, StoredFile } from "./types";
import { countSubmission } from "@/lib/metrics";

type Tx = Prisma.TransactionClient;

export interface NewSubmission {
  form: FormDefinition;
  answers: Answers;
  files: StoredFile[];
  language: string;
  journeyId?: string;
  idempotencyKey: string;
  statusToken: string;
  /** filed with help at the counter for a known person */
  assistedBy?: { staffId: string; citizenId: string };
}

/** Writes one submission with everything that belongs to it; call inside a transaction. */
export async function insertSubmission(
  tx: Tx,
  input: NewSubmission,
  baseUrl: string,
): Promise<{ id: string; reference: string }> {
  const journey = input.journeyId
    ? await tx.journey.findUnique({ where: { id: input.journeyId }, select: { id: true, citizenId: true } })
    : null;
  const counter =
    input.assistedBy && isUuid(input.assistedBy.citizenId) && isUuid(input.assistedBy.staffId)
      ? await tx.citizen.findUnique({ where: { id: input.assistedBy.citizenId }, select: { id: true } })
      : null;
  const staff =
    counter && input.assistedBy
      ? await tx.staffUser.findUnique({ where: { id: input.assistedBy.staffId }, select: { id: true } })
      : null;
  const citizenId = counter?.id ?? journey?.citizenId ?? (await personOf(tx, input));
  const reference = newReference("submission");
  const submission = await tx.formSubmission.create({
    data: {
      reference,
      formKey: input.form.key,
      answers: input.answers as Prisma.InputJsonValue,
      statusTokenHash: hashToken(input.statusToken),
      idempotencyKey: input.idempotencyKey,
      language: input.language,
      journeyId: journey?.id ?? null,
      citizenId,
      ...(counter ? { assistance: "counter" as const, filedByStaffId: staff?.id ?? null } : {}),
      attachments: {
        create: input.files.map((file) => ({
          storageKey: file.storageKey,
          originalName: file.originalName,
          mimeType: file.mimeType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
        })),
      },
      statusHistory: { create: { fromStatus: null, toStatus: "received" } },
    },
    select: { id: true, reference: true },
  });
  const { email, phone } = input.form.contactFields;
  const to = { email: email ? asText(input.answers[email]) : null, phone: phone ? asText(input.answers[phone]) : null };
  if (to.email || to.phone) {
    const t = textsFor(input.language, "forms");
    const title = t(`forms.${input.form.key}.title`);
    const url = `${baseUrl}${statusPath(input.statusToken, input.language)}`;
    await queueMessage(tx, {
      kind: "submission",
      to,
      subject: t("confirmation.subject", { reference }),
      text: t("confirmation.text", { title, reference, url }),
      submissionId: submission.id,
    });
  }
  return submission;
}

/** The person the contact answers name (found or stored, lib/people's rule), so the submission appears on their page. */
async function personOf(tx: Tx, input: NewSubmission): Promise<string | null> {
  const { name, email, phone } = input.form.contactFields;
  const fullName = name ? asText(input.answers[name]) : null;
  if (!fullName) return null;
  return linkPerson(tx, {
    name: fullName,
    email: email ? asText(input.answers[email]) : null,
    phone: phone ? asText(input.answers[phone]) : null,
    customerNumber: asText(input.answers.customerNumber),
    dateOfBirth: asText(input.answers.dateOfBirth),
    language: spokenLanguage(asText(input.answers.callbackLanguage)) ?? input.language,
  });
}

/** The language a callback is to be made in, when it is one the portal knows ("other" is not). */
const spokenLanguage = (value: string | null) => (value && value !== "other" ? value : null);

function asText(value: Answers[string] | undefined): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** The draft was filed by another request a moment ago (its row is gone): answer with that submission. */
class AlreadySubmitted extends ConflictError {
  constructor() {
    super("already-submitted");
    this.name = "AlreadySubmitted";
  }
}

export type DraftSubmitResult = { ok: true; reference: string } | { ok: false; firstInvalidPage: string };

/**
 * Files the draft behind a private link. The status link is the same private link, so the person
 * keeps one link from the first page to the decision.
 */
export async function submitDraft(
  token: string,
  idempotencyKey: string,
  baseUrl: string,
  now = new Date(),
): Promise<DraftSubmitResult> {
  const tokenHash = hashToken(token);
  const earlier = await findSubmitted(tokenHash);
  if (earlier) return { ok: true, reference: earlier };
  const lookup = await findDraft(token, now);
  if (lookup.kind !== "draft") throw new NotFoundError("draft");
  const { draft } = lookup;
  const form = findForm(draft.formKey);
  if (!form) throw new NotFoundError("form");
  const result = validateForm(form, draft.state.values, { today: berlinDate(now) }, draft.state.files);
  if (!result.ok) return { ok: false, firstInvalidPage: result.firstInvalidPage };
  const answers: Answers = draft.state.requestType
    ? { ...result.answers, requestType: draft.state.requestType }
    : result.answers;
  try {
    const submission = await db.$transaction(async (tx) => {
      // Deleting the draft takes its row lock: a second submit waits here, then finds nothing.
      const deleted = await tx.formDraft.deleteMany({ where: { id: draft.id } });
      if (deleted.count === 0) throw new AlreadySubmitted();
      return insertSubmission(
        tx,
        {
          form,
          answers,
          files: draft.state.files,
          language: draft.language,
          journeyId: draft.state.journeyId,
          idempotencyKey: `web:${idempotencyKey}`,
          statusToken: token,
          assistedBy: draft.state.assistedBy,
        },
        baseUrl,
      );
    });
    countSubmission("web");
    return { ok: true, reference: submission.reference };
  } catch (error) {
    if (!(error instanceof AlreadySubmitted) && !isUniqueViolation(error)) throw error;
    const reference = await findSubmitted(tokenHash);
    if (!reference) throw error;
    return { ok: true, reference };
  }
}

/** The draft's token became the status token: one submission per private link. */
async function findSubmitted(tokenHash: string): Promise<string | null> {
  const row = await db.formSubmission.findUnique({
    where: { statusTokenHash: tokenHash },
    select: { reference: true },
  });
  return row?.reference ?? null;
}
