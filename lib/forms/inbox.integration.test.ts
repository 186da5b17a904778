// The inbox and the question on the status page, against a real PostgreSQL and a real upload folder:
// a caseworker asks for information (the person is told in their language), the person answers with
// text and a photo without an account, the caseworker sees the answer and closes the submission; the
// status page shows every change. Bad answers are refused with a reason, nothing half stored.
import sharp from "sharp";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, newSecretToken } from "@/lib/tokens";
import { askForInformation, assignSubmission, changeStatus, listInbox, loadSubmission, openAttachment } from "./inbox";
import { answerQuestion } from "./information-answer";
import { findSubmissionByStatusToken } from "./status-change";
import { setUpFormsTest, type FormsTestEnvironment } from "./test-setup";

let env: FormsTestEnvironment;
let caseworker: string;

beforeAll(async () => {
  env = await setUpFormsTest("inbox");
  caseworker = (
    await env.database.prisma.staffUser.create({
      data: { email: `${randomUUID()}@example.org`, name: "Frau Fall", passwordHash: "x", role: "caseworker" },
    })
  ).id;
});
afterAll(async () => env?.close());

async function fileSubmission(language = "tr") {
  const token = newSecretToken("form");
  const submission = await env.database.prisma.formSubmission.create({
    data: {
      reference: `F-${randomUUID().slice(0, 9)}`,
      formKey: "change-report",
      answers: { fullName: "Ayşe Yılmaz", email: "ayse@example.org", changeKind: "income" },
      statusTokenHash: hashToken(token),
      idempotencyKey: randomUUID(),
      language,
      statusHistory: { create: { fromStatus: null, toStatus: "received" } },
    },
  });
  return { token, id: submission.id };
}

const inTx = <T>(fn: (client: Parameters<Parameters<typeof env.database.prisma.$transaction>[0]>[0]) => Promise<T>) =>
  env.database.prisma.$transaction(fn);

async function photo(): Promise<File> {
  const bytes = await sharp({ create: { width: 600, height: 800, channels: 3, background: "#ddd" } })
    .jpeg()
    .withExif({ IFD0: { Make: "TestCam" } })
    .toBuffer();
  return new File([new Uint8Array(bytes)], "lohn.jpg", { type: "image/jpeg" });
}

describe("asking for information and the answer on the status page", () => {
  it("goes received → in review → needs information → in review → done, with the question in the person's language", async () => {
    const { token, id } = await fileSubmission("tr");
    expect(
      (await listInbox({ status: "received" }, caseworker, {}, env.database.prisma)).rows.some((row) => row.id === id),
    ).toBe(true);

    expect(
      await inTx((client) =>
        askForInformation(client, { id, staffId: caseworker, template: "payslips", note: "März fehlt" }),
      ),
    ).toMatchObject({ ok: true });
    const outbox = await env.database.prisma.notificationOutbox.findMany({
      where: { submissionId: id, kind: "information-request" },
    });
    expect(outbox.map((message) => [message.transport, message.recipient])).toEqual([["email", "ayse@example.org"]]);
    expect(outbox[0].subject).toContain("sorumuz var");
    // Assigned to whoever asked, and now in the "mine" view.
    expect(
      (await listInbox({ assignee: "me" }, caseworker, {}, env.database.prisma)).rows.map((row) => row.id),
    ).toContain(id);

    let status = await findSubmissionByStatusToken(token);
    expect(status?.status).toBe("needs_info");
    expect(status?.messages).toEqual([
      expect.objectContaining({ direction: "question", template: "payslips", body: "März fehlt" }),
    ]);

    const form = new FormData();
    form.set("answer", "Hier ist die Abrechnung für März.");
    form.append("files", await photo());
    expect(await answerQuestion(form, { locale: "tr", token }, env.storage)).toBe(
      `/tr/forms/status/${token}?answered=1#answer`,
    );
    // A second answer finds no open question.
    expect(await answerQuestion(form, { locale: "tr", token }, env.storage)).toBe(
      `/tr/forms/status/${token}?problem=closed#answer`,
    );

    const detail = await loadSubmission(id, env.database.prisma);
    expect(detail?.status).toBe("in_review");
    expect(detail?.messages.map((message) => [message.direction, message.body, message.files])).toEqual([
      ["question", "März fehlt", 0],
      ["answer", "Hier ist die Abrechnung für März.", 1],
    ]);
    expect(detail?.messages[0].templateText).toBe(
      "Bitte schicken Sie uns Ihre Lohnabrechnungen der letzten drei Monate.",
    );
    expect(detail?.answers).toContainEqual({ field: "fullName", label: "Vor- und Nachname", value: "Ayşe Yılmaz" });
    // A choice by its German label, never its key.
    expect(detail?.answers.find((answer) => answer.field === "changeKind")?.value).toBe("Einkommen");
    const [file] = detail!.attachments;
    expect(file).toMatchObject({ name: "lohn.jpg", mimeType: "image/jpeg", withAnswer: true });
    const opened = await openAttachment(id, file.id, env.database.prisma, env.storage);
    const metadata = await sharp(opened!.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(await openAttachment(id, randomUUID(), env.database.prisma, env.storage)).toBeNull();

    expect(await inTx((client) => changeStatus(client, id, "done", caseworker))).toMatchObject({
      ok: true,
      from: "in_review",
    });
    expect(await inTx((client) => changeStatus(client, id, "in_review", caseworker))).toEqual({
      ok: false,
      problem: "not-allowed",
    });
    status = await findSubmissionByStatusToken(token);
    expect(status?.history.map((change) => change.toStatus)).toEqual([
      "received",
      "in_review",
      "needs_info",
      "in_review",
      "done",
    ]);
  });

  it("refuses an empty answer, a file that is no photo or PDF, and answers without an open question, storing nothing", async () => {
    const { token, id } = await fileSubmission("de");
    const closed = new FormData();
    closed.set("answer", "zu früh");
    expect(await answerQuestion(closed, { locale: "de", token }, env.storage)).toBe(
      `/forms/status/${token}?problem=closed#answer`,
    );
    await inTx((client) => askForInformation(client, { id, staffId: caseworker, template: "details", note: null }));
    expect(await answerQuestion(new FormData(), { locale: "de", token }, env.storage)).toBe(
      `/forms/status/${token}?problem=empty#answer`,
    );
    const bad = new FormData();
    bad.append("files", new File([new Uint8Array([1, 2, 3, 4])], "virus.exe"));
    expect(await answerQuestion(bad, { locale: "de", token }, env.storage)).toBe(
      `/forms/status/${token}?problem=file#answer`,
    );
    expect(
      await env.database.prisma.submissionMessage.count({ where: { submissionId: id, direction: "answer" } }),
    ).toBe(0);
    expect((await env.database.prisma.formSubmission.findUniqueOrThrow({ where: { id } })).status).toBe("needs_info");
  });

  it("assigns, and does not ask twice or about a closed submission", async () => {
    const { id } = await fileSubmission("de");
    expect(await inTx((client) => assignSubmission(client, id, caseworker))).toMatchObject({ ok: true });
    await inTx((client) => askForInformation(client, { id, staffId: caseworker, template: "idDocument", note: null }));
    expect(
      await inTx((client) =>
        askForInformation(client, { id, staffId: caseworker, template: "idDocument", note: null }),
      ),
    ).toEqual({ ok: false, problem: "not-allowed" });
    expect(await inTx((client) => changeStatus(client, id, "needs_info", caseworker))).toEqual({
      ok: false,
      problem: "not-allowed",
    });
    expect(await inTx((client) => assignSubmission(client, randomUUID(), caseworker))).toEqual({
      ok: false,
      problem: "unknown",
    });
  });
});
