// The versioned routing rules against a real database: a save and a restore each write a new
// version (who, what changed), a draft that hides in person or starts from an old version is
// refused, versions cannot be changed, and another app process follows a new version at its next
// request, without a restart.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate } from "@/lib/db/migrations";
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from "@/tests/database";
import { defaultRuleSet, type RuleSetContent } from "./rule-sets";

let database: TestDatabase;
let store: typeof import("./rule-store");
let journeys: typeof import("./journeys");
let adminId: string;

beforeAll(async () => {
  database = await createTestDatabase("rule_sets");
  process.env.DATABASE_URL = database.url;
  store = await import("./rule-store");
  journeys = await import("./journeys");
  adminId = (
    await database.prisma.staffUser.create({
      data: { email: "regeln@zugang.example", name: "Regel Admin", passwordHash: "x", role: "admin" },
    })
  ).id;
});
afterAll(async () => {
  await database?.drop();
});

function withDigitalOrder(
  content: RuleSetContent,
  order: RuleSetContent["baseOrders"][string]["digital"],
): RuleSetContent {
  return {
    ...content,
    baseOrders: { ...content.baseOrders, "change-report": { ...content.baseOrders["change-report"], digital: order } },
  };
}
const inTransaction = <T>(
  work: (tx: Parameters<Parameters<typeof database.prisma.$transaction>[0]>[0]) => Promise<T>,
) => database.prisma.$transaction(work);
const recommended = async (preference: "digital" | "personal") =>
  (await journeys.recommendFor("change-report", { preference })).recommendation.options.map((option) => option.channel);

/** A second process on the same database, asked line by line. */
function secondProcess(): { ask(line: string): Promise<unknown>; stop(): void; child: ChildProcessWithoutNullStreams } {
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
    child,
    ask: (line) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${line}\n`);
      }),
    stop: () => child.stdin.end(),
  };
}

describe("routing rule sets", () => {
  it("starts at version 1, the defaults the seed wrote", async () => {
    const current = await store.currentRuleSet();
    expect(current.version).toBe(1);
    expect(current.content).toEqual(defaultRuleSet());
    expect(await recommended("digital")).toEqual(["online", "video", "phone", "in_person"]);
  });

  it("saves a draft as version 2 with who and what changed; the next recommendation follows it", async () => {
    const draft = withDigitalOrder(defaultRuleSet(), ["video", "online", "phone", "in_person"]);
    const outcome = await inTransaction((tx) => store.saveRuleSet(tx, adminId, 1, draft));
    expect(outcome).toMatchObject({
      outcome: "saved",
      version: 2,
      changes: [
        {
          kind: "order",
          requestType: "change-report",
          preference: "digital",
          from: ["online", "video", "phone", "in_person"],
          to: ["video", "online", "phone", "in_person"],
        },
      ],
    });
    expect(await recommended("digital")).toEqual(["video", "online", "phone", "in_person"]);
    const versions = await store.listRuleSetVersions();
    expect(versions.map((version) => [version.version, version.createdBy])).toEqual([
      [2, "Regel Admin"],
      [1, null],
    ]);
  });

  it("refuses a draft without in person, one from an old version, and an unchanged one, writing nothing", async () => {
    const hidden = withDigitalOrder(defaultRuleSet(), ["online", "video", "phone"]);
    const refused = await inTransaction((tx) => store.saveRuleSet(tx, adminId, 2, hidden));
    expect(refused.outcome).toBe("invalid");
    expect(refused.outcome === "invalid" && refused.problems.map((problem) => problem.message)).toEqual([
      "Änderung mitteilen, eher digital: „Vor Ort“ fehlt. Der persönliche Kontakt muss immer angeboten werden.",
    ]);
    expect(await inTransaction((tx) => store.saveRuleSet(tx, adminId, 1, defaultRuleSet()))).toEqual({
      outcome: "conflict",
      version: 2,
    });
    const unchanged = (await store.currentRuleSet()).content;
    expect(await inTransaction((tx) => store.saveRuleSet(tx, adminId, 2, unchanged))).toEqual({
      outcome: "unchanged",
      version: 2,
    });
    expect(await database.prisma.routingRuleSet.count()).toBe(2);
  });

  it("restores version 1 as version 3; the old recommendation is back", async () => {
    const outcome = await inTransaction((tx) => store.restoreRuleSet(tx, adminId, 2, 1));
    expect(outcome).toMatchObject({ outcome: "saved", version: 3 });
    expect(await recommended("digital")).toEqual(["online", "video", "phone", "in_person"]);
    const [newest] = await store.listRuleSetVersions();
    expect(newest).toMatchObject({ version: 3, restoredFrom: 1, createdBy: "Regel Admin" });
    expect(await inTransaction((tx) => store.restoreRuleSet(tx, adminId, 3, 99))).toEqual({ outcome: "not-found" });
  });

  it("keeps versions as written: the database refuses to change or delete one", async () => {
    await expect(
      database.prisma.routingRuleSet.updateMany({ where: { version: 1 }, data: { restoredFrom: 2 } }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(database.prisma.routingRuleSet.deleteMany({ where: { version: 2 } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
  });

  it("a second process, its rules loaded, follows a version saved here at its next request", async () => {
    const other = secondProcess();
    try {
      expect(await other.ask("change-report digital")).toEqual(["online", "video", "phone", "in_person"]);
      expect(await other.ask("change-report digital")).toEqual(["online", "video", "phone", "in_person"]);
      const current = await store.currentRuleSet();
      await inTransaction((tx) =>
        store.saveRuleSet(
          tx,
          adminId,
          current.version,
          withDigitalOrder(current.content, ["phone", "video", "online", "in_person"]),
        ),
      );
      expect(await other.ask("change-report digital")).toEqual(["phone", "video", "online", "in_person"]);
    } finally {
      other.stop();
    }
  });
});

describe("the migration to rule sets", () => {
  it("turns an installation's routing_rule and situation_rule rows, an admin's edit included, into version 1", async () => {
    const empty = await createEmptyDatabase("rule_set_migration");
    const earlier = await mkdtemp(path.join(tmpdir(), "migrations-"));
    try {
      for (const name of await readdir(defaultMigrationsDir)) {
        if (name < "20261203200000")
          await cp(path.join(defaultMigrationsDir, name), path.join(earlier, name), { recursive: true });
      }
      await migrate(empty.url, earlier);
      const client = new pg.Client({ connectionString: empty.url });
      await client.connect();
      try {
        await client.query(
          `INSERT INTO request_type (key, title, description, allowed_channels, updated_at) VALUES ('change-report', '{}', '{}', '{online,video,in_person,phone}', now())`,
        );
        await client.query(`INSERT INTO routing_rule (id, request_type_key, preference, channel_order, updated_at) VALUES
          (gen_random_uuid(), 'change-report', 'personal', '{in_person,video,phone,online}', now()),
          (gen_random_uuid(), 'change-report', 'digital', '{video,online,phone,in_person}', now())`);
        await client.query(`INSERT INTO situation_rule (key, position, enabled, params, updated_at) VALUES
          ('no-device', 20, false, '{"move":"last","channels":["online"],"when":{"devices":["none"]}}', now()),
          ('emergency', 10, true, '{"move":"first","channels":["in_person","phone"],"when":{"emergency":true},"lock":true}', now())`);
        await migrate(empty.url);
        const { rows } = await client.query("SELECT version, base_orders, situation_steps FROM routing_rule_set");
        expect(rows).toEqual([
          {
            version: 1,
            base_orders: {
              "change-report": {
                personal: ["in_person", "video", "phone", "online"],
                digital: ["video", "online", "phone", "in_person"],
              },
            },
            situation_steps: [
              {
                key: "emergency",
                enabled: true,
                params: { move: "first", channels: ["in_person", "phone"], when: { emergency: true }, lock: true },
              },
              {
                key: "no-device",
                enabled: false,
                params: { move: "last", channels: ["online"], when: { devices: ["none"] } },
              },
            ],
          },
        ]);
        const { rows: tables } = await client.query(
          "SELECT table_name FROM information_schema.tables WHERE table_name IN ('routing_rule', 'situation_rule')",
        );
        expect(tables).toEqual([]);
      } finally {
        await client.end();
      }
    } finally {
      await rm(earlier, { recursive: true, force: true });
      await empty.drop();
    }
  });
});
