// The admin's request type form against a real PostgreSQL, through the real route handler and the
// staff door: bad input comes back by field in German with the entries kept and nothing stored; in
// person cannot be switched off; an online form cannot be switched on where none exists; a save is
// audited with each setting before and after and fits the routing rules to changed channels; the
// citizens' readers (start page's list, API, recommendation, slot search, another process) see the
// change at their next request; the migration copied the texts citizens saw into existing rows.
// Only next-auth's session reader is replaced.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as savePost } from "@/app/staff/admin/request-types/[key]/save/route";
import { searchSlots } from "@/lib/booking/slots";
import { startForm } from "@/lib/forms/posts";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { addDays, berlinDate } from "@/lib/time";
import { createTestLocation } from "@/tests/booking";
import { defaultMigrationsDir, migrate } from "@/lib/db/migrations";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "@/tests/database";
import { requestTypesFor } from "./api";
import { recommendFor } from "./journeys";
import { bringField, descriptionField, PORTAL_LANGUAGES, titleField } from "./request-type-settings";
import { findRefusedForm, findRequestTypeForAdmin, type AdminRequestType } from "./request-type-store";
import { listRequestTypes } from "./request-types";
import { validateRuleSet } from "./rule-sets";
import { currentRuleSet, requestTypesForRules } from "./rule-store";
import REQUEST_TYPE_TEXTS from "./request-type-texts.json";
import { requestTypeText, whatToBring } from "./texts";

const signedIn = vi.hoisted(() => ({
  session: null as null | { staff: { id: string; role: string; name: string; email: string; secondFactor: boolean } },
}));
vi.mock("next-auth/next", () => ({
  getServerSession: async () => (await import("@/tests/staff-session")).withServerSession(signedIn.session),
}));

let database: TestDatabase;
let admin: { id: string; role: StaffRole; email: string };

beforeAll(async () => {
  database = await createTestDatabase("request_types");
  process.env.DATABASE_URL = database.url;
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = database.prisma;
  admin = await createStaff("admin");
});

afterAll(async () => {
  (globalThis as { zugangPrisma?: unknown }).zugangPrisma = undefined;
  await database.drop();
});

beforeEach(() => {
  signedIn.session = {
    staff: { id: admin.id, role: admin.role, name: "Test", email: admin.email, secondFactor: true },
  };
});

async function createStaff(role: StaffRole) {
  return database.prisma.staffUser.create({
    data: {
      email: `anliegen-${randomBytes(4).toString("hex")}@zugang.example`,
      name: "Anliegen Admin",
      role,
      passwordHash: "x",
    },
  });
}

/** The edit form as the page fills it from the stored request type, with `change` applied. */
function formOf(type: AdminRequestType, change: (fields: URLSearchParams) => void = () => {}): URLSearchParams {
  const fields = new URLSearchParams({ basedOn: type.version, slotMinutes: String(type.slotMinutes) });
  for (const channel of type.allowedChannels) fields.append("channel", channel);
  for (const language of PORTAL_LANGUAGES) {
    fields.set(titleField(language), type.title[language] ?? "");
    fields.set(descriptionField(language), type.description[language] ?? "");
    fields.set(bringField(language), (type.whatToBring[language] ?? []).join("\r\n"));
  }
  change(fields);
  return fields;
}

const withChannels = (fields: URLSearchParams, channels: string[]) => {
  fields.delete("channel");
  for (const channel of channels) fields.append("channel", channel);
};

async function save(key: string, fields: URLSearchParams) {
  const request = new Request(`http://portal.test/staff/admin/request-types/${key}/save`, {
    method: "POST",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": "application/x-www-form-urlencoded" },
    body: fields.toString(),
  });
  const response = await savePost(request, { params: Promise.resolve({ key }) });
  return { status: response.status, location: new URL(response.headers.get("location") ?? "/", "http://portal.test") };
}

const stored = async (key: string) => (await findRequestTypeForAdmin(key))!;
const auditRows = (key: string) =>
  database.prisma.auditLog.findMany({
    where: { action: "request-type.saved", entityId: key },
    orderBy: { createdAt: "asc" },
  });

/** What the page shows after a refused post: the kept entries and the problems. */
async function refused(location: URL, key: string) {
  const kept = await findRefusedForm(location.searchParams.get("draft") ?? undefined, admin.id, key);
  expect(kept).not.toBeNull();
  return kept!;
}

describe("the request type form refuses bad input by field", () => {
  it("an empty German title, a slot length off the quarter hours and an overlong English title: German messages, entries kept, nothing stored, nothing audited", async () => {
    const before = await stored("sick-note");
    const longTitle = "Krank ".repeat(30);
    const { status, location } = await save(
      "sick-note",
      formOf(before, (fields) => {
        fields.set(titleField("de"), "   ");
        fields.set(titleField("en"), longTitle);
        fields.set("slotMinutes", "20");
        fields.set(descriptionField("tr"), "Yeni açıklama");
      }),
    );
    expect(status).toBe(303);
    expect(location.pathname).toBe("/staff/admin/request-types/sick-note");
    const { problems, entries } = await refused(location, "sick-note");
    expect(problems[titleField("de")]).toMatch(/deutschen Titel/);
    expect(problems[titleField("en")]).toMatch(/höchstens 120 Zeichen/);
    expect(problems.slotMinutes).toMatch(/Vielfaches von 15 Minuten/);
    expect(entries[titleField("en")]).toBe(longTitle);
    expect(entries[descriptionField("tr")]).toBe("Yeni açıklama");
    expect(entries.slotMinutes).toBe("20");
    expect(await stored("sick-note")).toEqual(before);
    expect(await auditRows("sick-note")).toEqual([]);
  });

  it("a slot length out of bounds or not a number is refused", async () => {
    const before = await stored("absence");
    for (const [value, message] of [
      ["600", /zwischen 15 und 240 Minuten/],
      ["0", /zwischen 15 und 240 Minuten/],
      ["eine Stunde", /ganze Zahl/],
      ["", /Länge eines Termins/],
    ] as const) {
      const { location } = await save(
        "absence",
        formOf(before, (fields) => fields.set("slotMinutes", value)),
      );
      expect((await refused(location, "absence")).problems.slotMinutes).toMatch(message);
    }
    expect((await stored("absence")).slotMinutes).toBe(before.slotMinutes);
  });

  it("in person cannot be switched off: refused with a clear message, the other channels as ticked kept", async () => {
    const before = await stored("decision-question");
    const { location } = await save(
      "decision-question",
      formOf(before, (fields) => withChannels(fields, ["online", "video"])),
    );
    const { problems, entries } = await refused(location, "decision-question");
    expect(problems["channel-in_person"]).toBe(
      "„Vor Ort“ lässt sich nicht abschalten: Der persönliche Kontakt muss bei jedem Anliegen möglich bleiben. Bitte lassen Sie „Vor Ort“ angehakt.",
    );
    expect(entries.channel).toEqual(["online", "video"]);
    expect((await stored("decision-question")).allowedChannels).toEqual(before.allowedChannels);
  });

  it("an online form cannot be switched on where the portal has none (job counselling); it can where one exists", async () => {
    const counselling = await stored("job-counselling");
    const { location } = await save(
      "job-counselling",
      formOf(counselling, (fields) => fields.append("channel", "online")),
    );
    expect((await refused(location, "job-counselling")).problems["channel-online"]).toMatch(/kein Online-Formular/);
    expect((await stored("job-counselling")).allowedChannels).not.toContain("online");

    const contact = await stored("contact-details");
    const off = await save(
      "contact-details",
      formOf(contact, (fields) => withChannels(fields, ["in_person"])),
    );
    expect(off.location.searchParams.get("notice")).toBe("saved-with-rules");
    // Switched off, the form's "Start" leads back to its start page (which says so) instead of a draft.
    expect(await startForm(new FormData(), { locale: "de", formKey: "contact-details" })).toBe(
      "/forms/contact-details",
    );
    const on = await save(
      "contact-details",
      formOf(await stored("contact-details"), (fields) => withChannels(fields, ["online", "in_person"])),
    );
    expect(on.location.searchParams.get("notice")).toBe("saved-with-rules");
    expect((await stored("contact-details")).allowedChannels).toEqual(["online", "in_person"]);
    expect(await startForm(new FormData(), { locale: "de", formKey: "contact-details" })).toMatch(/^\/forms\/draft\//);
  });

  it("a form opened before another save is not saved over it: the entries come back, based on the version now stored", async () => {
    const opened = await stored("submit-documents");
    await save(
      "submit-documents",
      formOf(opened, (fields) => fields.set(descriptionField("en"), "Payslips and other proof.")),
    );
    const { location } = await save(
      "submit-documents",
      formOf(opened, (fields) => fields.set(descriptionField("en"), "Bank statements.")),
    );
    const { problems, entries } = await refused(location, "submit-documents");
    expect(problems.basedOn).toMatch(/Inzwischen hat jemand anderes/);
    expect(entries.basedOn).toBe((await stored("submit-documents")).version);
    expect((await stored("submit-documents")).description.en).toBe("Payslips and other proof.");
  });

  it("only admins: a caseworker's post is refused by the door and changes nothing", async () => {
    const caseworker = await createStaff("caseworker");
    signedIn.session = {
      staff: { id: caseworker.id, role: "caseworker", name: "Test", email: caseworker.email, secondFactor: false },
    };
    const before = await stored("change-report");
    const { status } = await save(
      "change-report",
      formOf(before, (fields) => fields.set(titleField("de"), "Von der Fachkraft")),
    );
    expect(status).toBe(403);
    expect(await stored("change-report")).toEqual(before);
  });
});

describe("a saved request type", () => {
  it("is audited with each changed setting before and after, fits the routing rules, and every citizen-side reader sees it at its next request", async () => {
    const location = await createTestLocation(database.prisma, { capacity: 2 });
    const day = addDays(berlinDate(new Date()), 3);
    const slotLengths = async () =>
      (
        await searchSlots(
          { requestType: "change-report", channel: "in_person", locationId: location.id, from: day, to: day },
          { client: database.prisma },
        )
      ).map((slot) => (slot.end.getTime() - slot.start.getTime()) / 60_000);
    const apiType = async () => (await requestTypesFor("en")).requestTypes.find((type) => type.key === "change-report");
    const recommended = async () =>
      (await recommendFor("change-report", { preference: "digital" })).recommendation.options.map(
        (option) => option.channel,
      );
    const other = secondProcess();
    try {
      // Every reader has read the type once (and kept whatever it keeps) before the change.
      expect(new Set(await slotLengths())).toEqual(new Set([30]));
      expect(await apiType()).toEqual({
        key: "change-report",
        title: "Report a change",
        description: expect.any(String),
        channels: ["online", "video", "in-person", "phone"],
      });
      expect(await recommended()).toEqual(["online", "video", "phone", "in_person"]);
      expect(await other.ask("change-report digital")).toEqual(["online", "video", "phone", "in_person"]);

      const before = await stored("change-report");
      const rulesBefore = await currentRuleSet();
      const { location: back } = await save(
        "change-report",
        formOf(before, (fields) => {
          fields.set(titleField("de"), "Änderung melden");
          fields.set(titleField("en"), "Tell us about a change");
          withChannels(fields, ["online", "in_person", "phone"]);
          fields.set("slotMinutes", "45");
        }),
      );
      expect(back.searchParams.get("notice")).toBe("saved-with-rules");

      const [event] = await auditRows("change-report");
      expect(event).toMatchObject({ staffUserId: admin.id, entityType: "request_type", entityId: "change-report" });
      expect(event.details).toEqual({
        changed: {
          "title.de": { from: "Änderung mitteilen", to: "Änderung melden" },
          "title.en": { from: "Report a change", to: "Tell us about a change" },
          allowedChannels: { from: ["online", "video", "in_person", "phone"], to: ["online", "in_person", "phone"] },
          slotMinutes: { from: 30, to: 45 },
        },
        routingVersion: rulesBefore.version + 1,
      });
      const rules = await currentRuleSet();
      expect(rules.version).toBe(rulesBefore.version + 1);
      expect(rules.content.baseOrders["change-report"]).toEqual({
        personal: ["in_person", "phone", "online"],
        mixed: ["online", "in_person", "phone"],
        digital: ["online", "phone", "in_person"],
      });
      expect(validateRuleSet(rules.content, await requestTypesForRules())).toEqual([]);

      // At once, without a restart: the list of the start page, the API, the recommendation (here and
      // in the other process, which had loaded the rules before), and the slot length.
      const listed = (await listRequestTypes()).find((type) => type.key === "change-report")!;
      expect(requestTypeText(listed, "de").title).toBe("Änderung melden");
      expect(await apiType()).toMatchObject({
        title: "Tell us about a change",
        channels: ["online", "in-person", "phone"],
      });
      expect(await recommended()).toEqual(["online", "phone", "in_person"]);
      expect(await other.ask("change-report digital")).toEqual(["online", "phone", "in_person"]);
      expect(new Set(await slotLengths())).toEqual(new Set([45]));
    } finally {
      other.stop();
    }
  });

  it("a language left empty is listed as a gap, and citizens reading it get the German text and the German list", async () => {
    const before = await stored("digital-help");
    expect(before.gaps).toEqual([]);
    const { location } = await save(
      "digital-help",
      formOf(before, (fields) => {
        fields.set(titleField("uk"), "");
        fields.set(descriptionField("uk"), " ");
        fields.set(bringField("uk"), "\r\n");
        fields.set(bringField("de"), "Ihr Smartphone\r\nIhre Zugangsdaten");
      }),
    );
    expect(location.searchParams.get("notice")).toBe("saved");
    const after = await stored("digital-help");
    expect(after.gaps).toEqual([{ language: "uk", parts: ["title", "description", "whatToBring"] }]);
    // Languages the admin left alone keep their lists; German got the new one.
    expect(after.whatToBring.de).toEqual(["Ihr Smartphone", "Ihre Zugangsdaten"]);
    const listed = (await listRequestTypes()).find((type) => type.key === "digital-help")!;
    expect(requestTypeText(listed, "uk")).toEqual({
      title: "Hilfe bei den Online-Diensten",
      description: before.description.de,
      titleLanguage: "de",
      descriptionLanguage: "de",
    });
    expect(whatToBring(listed, "uk")).toEqual(["Ihr Smartphone", "Ihre Zugangsdaten"]);
    expect(requestTypeText(listed, "en").titleLanguage).toBe("en");
    const [event] = await auditRows("digital-help");
    expect(Object.keys(event.details as object)).toEqual(["changed", "routingVersion"]);
    expect((event.details as { changed: Record<string, unknown> }).changed).toMatchObject({
      "title.uk": { from: before.title.uk, to: "" },
      "whatToBring.uk": { from: before.whatToBring.uk, to: [] },
    });
  });

  it("the same form sent again changes nothing and writes no event", async () => {
    const before = await stored("emergency");
    const { location } = await save("emergency", formOf(before));
    expect(location.searchParams.get("notice")).toBe("unchanged");
    expect(await auditRows("emergency")).toEqual([]);
    expect(await stored("emergency")).toEqual(before);
  });
});

/** Another app process on the same database, asked line by line for a recommendation (tests/rule-set-reader.ts). */
function secondProcess() {
  const root = process.cwd();
  const child = spawn(
    path.join(root, "node_modules", ".bin", "tsx"),
    [path.join(root, "tests", "rule-set-reader.ts")],
    { cwd: root, env: { ...process.env, DATABASE_URL: database.url } },
  );
  const answers = createInterface({ input: child.stdout });
  const waiting: ((value: unknown) => void)[] = [];
  answers.on("line", (line) => waiting.shift()?.(JSON.parse(line)));
  return {
    ask: (line: string) =>
      new Promise<unknown>((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${line}\n`);
      }),
    stop: () => child.stdin.end(),
  };
}

describe("the migration to stored request type texts", () => {
  it("copies the texts citizens saw (the message files') into an installation's rows in all eight languages, keeps a type an admin added, and gives every type today's list of what to bring", async () => {
    const empty = await createEmptyDatabase("request_type_texts_migration");
    const earlier = await mkdtemp(path.join(tmpdir(), "migrations-"));
    try {
      for (const name of await readdir(defaultMigrationsDir)) {
        if (name < "20261204100000")
          await cp(path.join(defaultMigrationsDir, name), path.join(earlier, name), { recursive: true });
      }
      await migrate(empty.url, earlier);
      const client = new pg.Client({ connectionString: empty.url });
      await client.connect();
      try {
        // As the seed wrote them before: German and English only, the message files showing their own texts.
        await client.query(`INSERT INTO request_type (key, title, description, allowed_channels, updated_at) VALUES
          ('first-application', '{"de":"Bürgergeld zum ersten Mal beantragen","en":"Apply for the first time"}', '{"de":"Sie haben noch kein Bürgergeld und möchten es beantragen.","en":"x"}', '{online,video,in_person}', now()),
          ('own-type', '{"de":"Eigenes Anliegen","tr":"Kendi konusu"}', '{"de":"Von der Verwaltung angelegt."}', '{in_person}', now()),
          ('untitled', '{}', '{}', '{in_person}', now())`);
        await migrate(empty.url);
        const { rows } = await client.query<{
          key: string;
          title: Record<string, string>;
          description: Record<string, string>;
          what_to_bring: Record<string, string[]>;
        }>("SELECT key, title, description, what_to_bring FROM request_type ORDER BY key");
        const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
        expect(byKey["first-application"].title).toEqual(REQUEST_TYPE_TEXTS["first-application"].title);
        // The message files' wording wins where the seed's differed.
        expect(byKey["first-application"].description.de).toBe(
          "Sie bekommen noch kein Bürgergeld und möchten es beantragen.",
        );
        expect(Object.keys(byKey["first-application"].description).sort()).toEqual([...PORTAL_LANGUAGES].sort());
        expect(byKey["own-type"].title).toEqual({ de: "Eigenes Anliegen", tr: "Kendi konusu" });
        expect(byKey.untitled.title).toEqual({ de: "untitled" });
        for (const row of rows) expect(row.what_to_bring).toEqual(REQUEST_TYPE_TEXTS["change-report"].whatToBring);
        expect(byKey["own-type"].what_to_bring.ar).toEqual([
          "بطاقة الهوية أو جواز السفر",
          "رسائل مركز العمل المتعلقة بطلبك",
          "المستندات المعنية (مثلًا كشف الراتب، عقد الإيجار)",
        ]);
        // A German title stays required, and any update moves updated_at forward.
        await expect(
          client.query(`UPDATE request_type SET title = '{"en":"No German"}' WHERE key = 'own-type'`),
        ).rejects.toThrow(/request_type_title_de_check/);
        const stamp = async () =>
          (
            await client.query<{ updated_at: Date }>("SELECT updated_at FROM request_type WHERE key = 'own-type'")
          ).rows[0].updated_at.getTime();
        const before = await stamp();
        await client.query(
          "UPDATE request_type SET slot_minutes = 45, updated_at = '2000-01-01' WHERE key = 'own-type'",
        );
        expect(await stamp()).toBeGreaterThan(before);
      } finally {
        await client.end();
      }
    } finally {
      await rm(earlier, { recursive: true, force: true });
      await empty.drop();
    }
  });
});
