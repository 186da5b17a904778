// POST /api/v1/submissions through the real route handler: 201 with reference and status link,
// the same answer on a retry, 422 / 413 / 415 with readable messages, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpFormsTest, type FormsTestEnvironment } from "@/lib/forms/test-setup";
import { POST } from "./route";

let env: FormsTestEnvironment;
const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
const answers = { documentKinds: ["bankStatement"], fullName: "Olena Kovalenko", dateOfBirth: "1979-11-30" };

function request(parts: { form?: string; data?: string; files?: File[]; key?: string | null }): Request {
  const body = new FormData();
  if (parts.form !== undefined) body.append("form", parts.form);
  if (parts.data !== undefined) body.append("data", parts.data);
  for (const file of parts.files ?? []) body.append("files", file);
  const headers: Record<string, string> = {};
  if (parts.key !== null) headers["Idempotency-Key"] = parts.key ?? crypto.randomUUID();
  return new Request("http://portal.test/api/v1/submissions", { method: "POST", body, headers });
}

beforeAll(async () => {
  env = await setUpFormsTest("formsapi");
  process.env.UPLOAD_DIR = env.uploadDir;
});
afterAll(async () => env?.close());

describe("POST /api/v1/submissions", () => {
  it("files a submission: 201 with reference and status link; a retry gets the same answer", async () => {
    const key = crypto.randomUUID();
    const make = () =>
      request({
        form: "submit-documents",
        data: JSON.stringify(answers),
        files: [new File([pdf], "kontoauszug.pdf", { type: "application/pdf" })],
        key,
      });
    const first = await POST(make());
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toEqual({
      reference: expect.stringMatching(/^F-/),
      statusUrl: expect.stringContaining("/forms/status/"),
    });
    const retry = await POST(make());
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(body);
    expect(await env.database.prisma.formSubmission.count({ where: { reference: body.reference } })).toBe(1);
  });

  it("needs an Idempotency-Key", async () => {
    const response = await POST(request({ form: "submit-documents", data: JSON.stringify(answers), key: null }));
    expect(response.status).toBe(422);
    expect((await response.json()).fields["Idempotency-Key"]).toHaveLength(1);
  });

  it("answers invalid answers with 422 and readable field errors", async () => {
    const response = await POST(
      request({ form: "change-report", data: JSON.stringify({ changeKind: "bank", iban: "DE12" }) }),
    );
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toBe("invalid");
    expect(body.fields.iban).toEqual([
      "This IBAN is not correct. Please check it, for example DE89 3704 0044 0532 0130 00.",
    ]);
    expect(body.fields.changeDate).toEqual(["Please fill in this field."]);
  });

  it("answers an unknown form and broken JSON with 422", async () => {
    expect((await POST(request({ form: "lottery", data: "{}" }))).status).toBe(422);
    const broken = await POST(request({ form: "absence", data: "{not json" }));
    expect(broken.status).toBe(422);
    expect((await broken.json()).fields.data).toEqual(["The field data is not valid JSON."]);
    const notMultipart = await POST(
      new Request("http://portal.test/api/v1/submissions", {
        method: "POST",
        body: "{}",
        headers: { "Idempotency-Key": crypto.randomUUID(), "Content-Type": "application/json" },
      }),
    );
    expect(notMultipart.status).toBe(422);
  });

  it("answers control characters in the answers, the data text or a callback's request type with 422, never a 500", async () => {
    const filed = await env.database.prisma.formSubmission.count();
    const nul = await POST(
      request({ form: "submit-documents", data: JSON.stringify({ ...answers, fullName: "Olena\u0000Kovalenko" }) }),
    );
    expect(nul.status).toBe(422);
    expect((await nul.json()).fields.fullName).toEqual([
      "This text contains control characters that we cannot store. Please remove them or type the text again.",
    ]);
    const raw = await POST(request({ form: "submit-documents", data: `{"fullName":"a"}\u0000` }));
    expect(raw.status).toBe(422);
    expect((await raw.json()).fields.data).toHaveLength(1);
    const callback = await POST(
      request({
        form: "callback",
        data: JSON.stringify({ requestType: "change-report\u0000", callbackPhone: "0621 123456" }),
      }),
    );
    expect(callback.status).toBe(422);
    expect((await callback.json()).fields.requestType).toHaveLength(1);
    expect(await env.database.prisma.formSubmission.count()).toBe(filed);
  });

  it("checks every multipart field with its schema: language, files", async () => {
    const body = new FormData();
    body.append("form", "submit-documents");
    body.append("data", JSON.stringify(answers));
    body.append("language", "klingon");
    body.append("files", "not a file");
    const response = await POST(
      new Request("http://portal.test/api/v1/submissions", {
        method: "POST",
        body,
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).fields).sort()).toEqual(["files.0", "language"]);
  });

  it("answers a file that is not a photo or PDF (whatever its name says) with 415", async () => {
    const response = await POST(
      request({
        form: "submit-documents",
        data: JSON.stringify(answers),
        files: [new File(["#!/bin/sh\necho hello\n"], "photo.jpg", { type: "image/jpeg" })],
      }),
    );
    expect(response.status).toBe(415);
    const body = await response.json();
    expect(body.error).toBe("unsupportedType");
    expect(body.message).toContain("photo.jpg");
  });

  it("answers a file that is too large with 413 and says the limit", async () => {
    const big = new File([pdf, new Uint8Array(10 * 1024 * 1024)], "scan.pdf", { type: "application/pdf" });
    const response = await POST(request({ form: "submit-documents", data: JSON.stringify(answers), files: [big] }));
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.error).toBe("tooLarge");
    expect(body.message).toBe(
      "The file “scan.pdf” is larger than 10 MB. Please take the photo at a lower resolution or split the file.",
    );
  });

  it("answers too many files with 413", async () => {
    const files = Array.from(
      { length: 11 },
      (_, index) => new File([pdf], `page-${index}.pdf`, { type: "application/pdf" }),
    );
    expect((await POST(request({ form: "submit-documents", data: JSON.stringify(answers), files }))).status).toBe(413);
  });
});
