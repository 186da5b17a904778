// Filing through the scan-station path: never twice (same key in parallel gives one submission),
// never half (a storage failure halfway leaves no rows and no files), photos stored without GPS.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ValidationError } from "@/lib/errors";
import { berlinDate } from "@/lib/time";
import { setUpFormsTest, storedKeys, type FormsTestEnvironment } from "./test-setup";
import type { FileStorage } from "./storage";
import { submitDirect } from "./submit-direct";
import { UploadError } from "./uploads";

let env: FormsTestEnvironment;
const base = "http://portal.test";
const today = berlinDate(new Date());
const documentsAnswers = {
  documentKinds: ["payslip"],
  fullName: "Ayşe Yılmaz",
  dateOfBirth: "1985-03-02",
  email: "ayse@example.org",
};

async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: "#3060a0" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "49/1 29/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "8/1 28/1 0/1" },
    })
    .toBuffer();
}

const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

beforeAll(async () => {
  env = await setUpFormsTest("formsdirect");
});
afterAll(async () => env?.close());

describe("submitDirect", () => {
  it("files a submission with its first status, attachments and a queued confirmation", async () => {
    const result = await submitDirect(
      {
        formKey: "submit-documents",
        data: documentsAnswers,
        files: [
          { name: "payslip.jpg", bytes: await photoWithGps() },
          { name: "statement.pdf", bytes: tinyPdf },
        ],
        idempotencyKey: "kiosk-first-0001",
      },
      base,
      env.storage,
    );
    expect(result.reference).toMatch(/^F-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(result.statusUrl).toMatch(new RegExp(`^${base}/forms/status/[A-Za-z0-9_-]{32}$`));
    const submission = await env.database.prisma.formSubmission.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { attachments: true, statusHistory: true },
    });
    expect(submission.status).toBe("received");
    expect(submission.statusHistory.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, "received"],
    ]);
    expect(submission.attachments.map((file) => file.mimeType).sort()).toEqual(["application/pdf", "image/jpeg"]);
    const outbox = await env.database.prisma.notificationOutbox.findMany({ where: { submissionId: submission.id } });
    expect(outbox.map((message) => [message.kind, message.transport, message.recipient])).toEqual([
      ["submission", "email", "ayse@example.org"],
    ]);
    expect(outbox[0].body).toContain(result.reference);
  });

  it("removes EXIF and GPS from the stored photo and shrinks it", async () => {
    const original = await photoWithGps();
    const originalExif = (await sharp(original).metadata()).exif;
    // The fixture really carries a GPS block (tag 0x8825, little-endian).
    expect(originalExif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#808080" } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "49/1 29/1 0/1" } })
      .toBuffer();
    const result = await submitDirect(
      {
        formKey: "submit-documents",
        data: documentsAnswers,
        files: [
          { name: "IMG_0001.JPG", bytes: original },
          { name: "big.jpg", bytes: big },
        ],
        idempotencyKey: "kiosk-gps-0001",
      },
      base,
      env.storage,
    );
    const attachments = await env.database.prisma.attachment.findMany({
      where: { submission: { reference: result.reference } },
      orderBy: { originalName: "asc" },
    });
    for (const attachment of attachments) {
      const stored = await env.storage.get(attachment.storageKey);
      const metadata = await sharp(stored).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(stored.includes(Buffer.from("Exif\0\0"))).toBe(false);
      expect(Math.max(metadata.width ?? 0, metadata.height ?? 0)).toBeLessThanOrEqual(2000);
    }
    expect(attachments.map((attachment) => attachment.originalName)).toEqual(["IMG_0001.jpg", "big.jpg"]);
  });

  it("refuses a file that claims to be a JPEG but is not, and stores nothing", async () => {
    const before = await storedKeys(env.storage);
    const fake = Buffer.from("MZ\x90\x00 this is a program, not a photo ".repeat(20));
    await expect(
      submitDirect(
        {
          formKey: "submit-documents",
          data: documentsAnswers,
          files: [{ name: "holiday.jpg", bytes: fake }],
          idempotencyKey: "kiosk-fake-0001",
        },
        base,
        env.storage,
      ),
    ).rejects.toMatchObject({ code: "unsupportedType", fileName: "holiday.jpg", httpStatus: 415 });
    expect(await storedKeys(env.storage)).toEqual(before);
  });

  it("refuses an oversized file with 413", async () => {
    const tooBig = Buffer.concat([tinyPdf, Buffer.alloc(10 * 1024 * 1024)]);
    const error = await submitDirect(
      {
        formKey: "submit-documents",
        data: documentsAnswers,
        files: [{ name: "scan.pdf", bytes: tooBig }],
        idempotencyKey: "kiosk-big-00001",
      },
      base,
      env.storage,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).code).toBe("tooLarge");
    expect((error as UploadError).httpStatus).toBe(413);
  });

  it("answers invalid answers with field errors", async () => {
    const error = await submitDirect(
      {
        formKey: "change-report",
        data: { changeKind: "bank", changeDate: today, iban: "DE00 1234" },
        files: [],
        idempotencyKey: "kiosk-invalid-01",
      },
      base,
      env.storage,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toMatchObject({
      iban: ["invalidIban"],
      accountHolder: ["required"],
      fullName: ["required"],
    });
  });

  it("the same idempotency key sent twice in parallel gives one submission and one reference", async () => {
    const request = () =>
      submitDirect(
        {
          formKey: "submit-documents",
          data: documentsAnswers,
          files: [{ name: "statement.pdf", bytes: tinyPdf }],
          idempotencyKey: "kiosk-parallel-01",
        },
        base,
        env.storage,
      );
    const results = await Promise.all([request(), request(), request()]);
    expect(new Set(results.map((result) => result.reference)).size).toBe(1);
    expect(new Set(results.map((result) => result.statusUrl)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    expect(await env.database.prisma.formSubmission.count({ where: { idempotencyKey: "api:kiosk-parallel-01" } })).toBe(
      1,
    );
    const attachments = await env.database.prisma.attachment.findMany({
      where: { submission: { idempotencyKey: "api:kiosk-parallel-01" } },
    });
    expect(attachments).toHaveLength(1);
    // The losers' files were removed again: every stored file belongs to an attachment.
    const referenced = new Set(
      (await env.database.prisma.attachment.findMany({ select: { storageKey: true } })).map((row) => row.storageKey),
    );
    expect((await storedKeys(env.storage)).filter((key) => !referenced.has(key))).toEqual([]);
  });

  it("the same key with other content is refused with a conflict", async () => {
    await expect(
      submitDirect(
        {
          formKey: "submit-documents",
          data: { ...documentsAnswers, fullName: "Someone Else" },
          files: [{ name: "statement.pdf", bytes: tinyPdf }],
          idempotencyKey: "kiosk-parallel-01",
        },
        base,
        env.storage,
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("a storage failure on the second file leaves no submission, no attachment and no file", async () => {
    let puts = 0;
    const failing: FileStorage = {
      put: async (key, bytes, type) => {
        puts += 1;
        if (puts === 2) throw new Error("disk full");
        await env.storage.put(key, bytes, type);
      },
      get: (key) => env.storage.get(key),
      delete: (key) => env.storage.delete(key),
      list: () => env.storage.list(),
    };
    const submissionsBefore = await env.database.prisma.formSubmission.count();
    const attachmentsBefore = await env.database.prisma.attachment.count();
    const filesBefore = await storedKeys(env.storage);
    await expect(
      submitDirect(
        {
          formKey: "submit-documents",
          data: documentsAnswers,
          files: [
            { name: "a.pdf", bytes: tinyPdf },
            { name: "b.jpg", bytes: await photoWithGps() },
          ],
          idempotencyKey: "kiosk-halfway-01",
        },
        base,
        failing,
      ),
    ).rejects.toThrow("disk full");
    expect(puts).toBe(2);
    expect(await env.database.prisma.formSubmission.count()).toBe(submissionsBefore);
    expect(await env.database.prisma.attachment.count()).toBe(attachmentsBefore);
    expect(await env.database.prisma.idempotencyRecord.count({ where: { key: "kiosk-halfway-01" } })).toBe(0);
    expect(await storedKeys(env.storage)).toEqual(filesBefore);
    // A retry with the same key, once storage works again, files it once.
    const retry = await submitDirect(
      {
        formKey: "submit-documents",
        data: documentsAnswers,
        files: [
          { name: "a.pdf", bytes: tinyPdf },
          { name: "b.jpg", bytes: await photoWithGps() },
        ],
        idempotencyKey: "kiosk-halfway-01",
      },
      base,
      env.storage,
    );
    expect(await env.database.prisma.attachment.count({ where: { submission: { reference: retry.reference } } })).toBe(
      2,
    );
  });

  it("a callback must be about a request type handled by phone", async () => {
    const answers = {
      callbackPhone: "0621 123456",
      callbackDate: today,
      callbackWindow: "10-12",
      callbackLanguage: "tr",
      fullName: "A B",
    };
    await expect(
      submitDirect(
        {
          formKey: "callback",
          data: { ...answers, requestType: "submit-documents" },
          files: [],
          idempotencyKey: "kiosk-callback-01",
        },
        base,
        env.storage,
      ),
    ).rejects.toMatchObject({
      fields: { requestType: ["noPhoneChannel"] },
    });
  });
});
