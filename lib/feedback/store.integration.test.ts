// A rejected feedback form is kept to be shown again, even when it carries characters PostgreSQL
// cannot store (a NUL): they come back marked, next to the error that names them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/database";
import { parseFeedbackForm, readFeedbackForm } from "./feedback-form";
import { loadRejectedFeedback, saveRejectedFeedback } from "./store";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("feedback", { reference: false });
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
});
afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database?.drop();
});

describe("rejected feedback", () => {
  it("is kept with its control characters marked, and its errors", async () => {
    const data = new FormData();
    data.set("kind", "barrier");
    data.set("message", "Der Knopf\u0000 ist\nzu klein.");
    const values = readFeedbackForm(data);
    const parsed = parseFeedbackForm(values);
    expect(parsed).toEqual({ ok: false, errors: { message: "invalidCharacters" } });
    if (parsed.ok) return;
    const token = await saveRejectedFeedback(values, parsed.errors, "de");
    expect(await loadRejectedFeedback(token)).toEqual({
      values: { kind: "barrier", message: "Der Knopf\uFFFD ist\nzu klein.", page: "", email: "" },
      errors: { message: "invalidCharacters" },
    });
    expect(await database.prisma.feedback.count()).toBe(0);
  });
});
