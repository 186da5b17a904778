// The web path: a draft under a private link, files added to it (checked by content, clear
// problems for refused ones), submitted once however often the button is pressed, then moved on
// through its statuses; leftovers cleaned up.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/errors";
import { berlinDate } from "@/lib/time";
import { collectOrphanFiles, purgeExpiredDrafts } from "./cleanup";
import { addFilesToDraft } from "./draft-uploads";
import { createDraft, findDraft, saveDraft } from "./drafts";
import { changeSubmissionStatus, findSubmissionByStatusToken } from "./status-change";
import { submitDraft } from "./submit";
import { setUpFormsTest, storedKeys, type FormsTestEnvironment } from "./test-setup";
import { MAX_FILE_BYTES } from "./uploads";

let env: FormsTestEnvironment;
const today = berlinDate(new Date());

beforeAll(async () => {
  env = await setUpFormsTest("formsdrafts");
});
afterAll(async () => env?.close());

async function draftOf(token: string) {
  const lookup = await findDraft(token);
  if (lookup.kind !== "draft") throw new Error(`draft ${lookup.kind}`);
  return lookup.draft;
}

describe("drafts and uploads", () => {
  it("keeps progress under a token stored only as a hash", async () => {
    const token = await createDraft({ formKey: "absence", language: "en" });
    const rows = await env.database.prisma.formDraft.findMany();
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
    const draft = await draftOf(token);
    await saveDraft(draft, { ...draft.state, values: { destination: "Izmir" }, visited: ["destination"] }, 1);
    expect((await draftOf(token)).state.values).toEqual({ destination: "Izmir" });
    expect((await findDraft("x".repeat(32))).kind).toBe("missing");
  });

  it("adds a photo and a PDF; refuses a fake JPEG and an oversized file with a clear problem each", async () => {
    const token = await createDraft({ formKey: "submit-documents", language: "de" });
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#aa3300" } })
      .jpeg()
      .toBuffer();
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
    const fake = Buffer.from("<html><body>not a photo</body></html>");
    const huge = Buffer.concat([pdf, Buffer.alloc(MAX_FILE_BYTES)]);
    const result = await addFilesToDraft(
      await draftOf(token),
      [
        new File([photo], "payslip.jpeg", { type: "image/jpeg" }),
        new File([pdf], "statement.pdf"),
        new File([fake], "photo.jpg", { type: "image/jpeg" }),
        new File([huge], "scan.pdf"),
      ],
      env.storage,
    );
    expect(result.added).toBe(2);
    expect(result.problems).toEqual([
      { code: "unsupportedType", fileName: "photo.jpg" },
      { code: "tooLarge", fileName: "scan.pdf" },
    ]);
    const draft = await draftOf(token);
    expect(draft.state.files.map((file) => [file.originalName, file.mimeType])).toEqual([
      ["payslip.jpg", "image/jpeg"],
      ["statement.pdf", "application/pdf"],
    ]);
    expect(draft.state.flash?.uploadProblems).toHaveLength(2);
  });
});

describe("submitting a draft", () => {
  async function completeAbsenceDraft(extra: Record<string, string> = {}) {
    const token = await createDraft({ formKey: "absence", language: "de" });
    const draft = await draftOf(token);
    await saveDraft(
      draft,
      {
        ...draft.state,
        values: {
          awayFrom: today,
          awayUntil: today,
          destination: "Izmir",
          fullName: "Ayşe Yılmaz",
          dateOfBirth: "1985-03-02",
          phone: "0621 123456",
          ...extra,
        },
        visited: ["period", "destination", "contact"],
      },
      3,
    );
    return token;
  }

  it("double tap: two parallel submits with the same key give one submission", async () => {
    const token = await completeAbsenceDraft();
    const key = "0b8f0a44-2f43-4b9e-9a53-5a3f4c1d9e01";
    const results = await Promise.all([
      submitDraft(token, key, "http://portal.test"),
      submitDraft(token, key, "http://portal.test"),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const references = results.map((result) => (result.ok ? result.reference : null));
    expect(references[0]).toBe(references[1]);
    expect(await env.database.prisma.formSubmission.count({ where: { reference: references[0]! } })).toBe(1);
    // A refresh afterwards, even with a key from a second rendering of the check page, finds the same one.
    const again = await submitDraft(token, "5d1c1a9e-51a1-4a53-8d9e-0a7b3c2d1e00", "http://portal.test");
    expect(again).toEqual({ ok: true, reference: references[0] });
    expect((await findDraft(token)).kind).toBe("missing");
    // The private link is now the status link, with the first status and an SMS queued.
    const status = await findSubmissionByStatusToken(token);
    expect(status?.history.map((change) => change.toStatus)).toEqual(["received"]);
    const submission = await env.database.prisma.formSubmission.findUniqueOrThrow({
      where: { reference: references[0]! },
    });
    expect(
      await env.database.prisma.notificationOutbox.count({ where: { submissionId: submission.id, transport: "sms" } }),
    ).toBe(1);
  });

  it("an incomplete draft is not filed; the person is sent to the first open page", async () => {
    const token = await createDraft({ formKey: "absence", language: "de" });
    expect(await submitDraft(token, "1b8f0a44-2f43-4b9e-9a53-5a3f4c1d9e01", "http://portal.test")).toEqual({
      ok: false,
      firstInvalidPage: "period",
    });
  });

  it("moves the status forward by the rule and records each change", async () => {
    const token = await completeAbsenceDraft();
    const result = await submitDraft(token, "2b8f0a44-2f43-4b9e-9a53-5a3f4c1d9e01", "http://portal.test");
    if (!result.ok) throw new Error("not filed");
    const { id } = await env.database.prisma.formSubmission.findUniqueOrThrow({
      where: { reference: result.reference },
    });
    await expect(changeSubmissionStatus({ submissionId: id, to: "done" })).rejects.toBeInstanceOf(ConflictError);
    await changeSubmissionStatus({ submissionId: id, to: "in_review" });
    await changeSubmissionStatus({ submissionId: id, to: "needs_info", note: "payslip missing" });
    await changeSubmissionStatus({ submissionId: id, to: "in_review" });
    await changeSubmissionStatus({ submissionId: id, to: "done" });
    const status = await findSubmissionByStatusToken(token);
    expect(status?.status).toBe("done");
    expect(status?.history.map((change) => change.toStatus)).toEqual([
      "received",
      "in_review",
      "needs_info",
      "in_review",
      "done",
    ]);
    // Two caseworkers at once: only one of the two identical moves wins.
    const second = await completeAbsenceDraft();
    const filed = await submitDraft(second, "3b8f0a44-2f43-4b9e-9a53-5a3f4c1d9e01", "http://portal.test");
    if (!filed.ok) throw new Error("not filed");
    const other = await env.database.prisma.formSubmission.findUniqueOrThrow({ where: { reference: filed.reference } });
    const outcomes = await Promise.allSettled([
      changeSubmissionStatus({ submissionId: other.id, to: "in_review" }),
      changeSubmissionStatus({ submissionId: other.id, to: "in_review" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
  });
});

describe("clean-up", () => {
  it("deletes expired drafts and files nothing refers to", async () => {
    const token = await createDraft({ formKey: "submit-documents", language: "de" });
    await addFilesToDraft(
      await draftOf(token),
      [new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "kept.pdf")],
      env.storage,
    );
    await env.storage.put("2020/01/00000000-0000-4000-8000-0000000000aa", Buffer.from("orphan"), "application/pdf");
    const later = new Date(Date.now() + 2 * 60 * 60 * 1000);
    const keptKey = (await draftOf(token)).state.files[0].storageKey;
    expect(await collectOrphanFiles(env.storage, later)).toBeGreaterThanOrEqual(1);
    const keys = await storedKeys(env.storage);
    expect(keys).toContain(keptKey);
    expect(keys).not.toContain("2020/01/00000000-0000-4000-8000-0000000000aa");
    expect(await purgeExpiredDrafts(new Date(Date.now() + 31 * 24 * 60 * 60 * 1000))).toBeGreaterThanOrEqual(1);
    expect((await findDraft(token)).kind).toBe("missing");
  });
});
