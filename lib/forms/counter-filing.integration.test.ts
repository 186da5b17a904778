// A form filed with help at the counter, through the staff route and the form's own submit: the
// submission belongs to the person chosen (not to whoever the answers' name would match) and is
// marked as counter-assisted by the staff member; the start is audited. Only next-auth's session
// reader is replaced.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as fileFormPost } from "@/app/staff/people/[id]/file-form/route";
import { addDays, berlinDate } from "@/lib/time";
import { hashToken } from "@/lib/tokens";
import { submitDraft } from "./submit";
import { setUpFormsTest, type FormsTestEnvironment } from "./test-setup";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let env: FormsTestEnvironment;
beforeAll(async () => {
  env = await setUpFormsTest("counter_filing");
});
afterAll(async () => env?.close());

const post = (id: string, form: string) =>
  fileFormPost(
    new Request(`http://portal.test/staff/people/${id}/file-form`, {
      method: "POST",
      headers: {
        host: "portal.test",
        origin: "http://portal.test",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ form }).toString(),
    }),
    { params: Promise.resolve({ id }) },
  );

describe("filing a form at the counter", () => {
  it("starts the form for the person and files it as theirs, marked as filed with help by the staff member", async () => {
    const prisma = env.database.prisma;
    const staff = await prisma.staffUser.create({
      data: {
        email: `desk-${randomBytes(4).toString("hex")}@zugang.example`,
        name: "Frau Schalter",
        role: "front_desk",
        passwordHash: "x",
      },
    });
    signedIn.session = {
      staff: { id: staff.id, role: "front_desk", name: staff.name, email: staff.email, secondFactor: false },
    };
    const person = await prisma.citizen.create({ data: { name: "Halyna Bondarenko" } });

    expect((await post(person.id, "callback")).headers.get("location")).toBe(
      `/staff/people/${person.id}?problem=form#file-heading`,
    );
    const started = await post(person.id, "decision-question");
    const location = started.headers.get("location")!;
    expect(location).toMatch(/^\/forms\/draft\/[A-Za-z0-9_-]+\/decision$/);
    const token = location.split("/")[3];

    // The pages filled in at the desk (the answers as the pages store them).
    const draft = await prisma.formDraft.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    const state = draft.answers as Record<string, unknown>;
    await prisma.formDraft.update({
      where: { id: draft.id },
      data: {
        answers: {
          ...state,
          values: {
            decisionDate: addDays(berlinDate(new Date()), -7),
            decisionTopic: "amount",
            message: "Warum weniger?",
            fullName: "Galina Bondarenko",
            dateOfBirth: "1970-05-05",
          },
          visited: ["decision", "message", "documents", "contact"],
        },
      },
    });
    const filed = await submitDraft(token, `counter-${randomBytes(4).toString("hex")}`, "http://portal.test");
    expect(filed.ok).toBe(true);
    const submission = await prisma.formSubmission.findFirstOrThrow({ where: { statusTokenHash: hashToken(token) } });
    expect(submission).toMatchObject({ citizenId: person.id, assistance: "counter", filedByStaffId: staff.id });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { staffUserId: staff.id, action: "form.started-for-someone" },
    });
    expect(audit).toMatchObject({ citizenId: person.id, details: { form: "decision-question" } });
  });
});
