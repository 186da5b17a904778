// Which imports are allowed between the parts of Zugang (docs/architecture.md, "Allowed arrows").
// `npm run lint:boundaries` fails on any of these; `npm run graph` prints the graph per folder.
// Tests (beside the code, and in tests/ and e2e/) may put any parts together, as a composition
// root does: only the rule against cycles between files applies to them.
const TESTS = "\\.test\\.tsx?$|^tests/|^e2e/";

// The files marked "use client" (their first statement), read from the tree each run so that a new
// one is held to the rule below without being listed by hand.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- dependency-cruiser loads this file as CommonJS
const fs = require("node:fs");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- likewise
const path = require("node:path");
function clientFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) return [];
    const file = path.join(entry.parentPath, entry.name);
    const start = fs.readFileSync(file, "utf8").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
    return /^["']use client["']/.test(start) ? [path.relative(__dirname, file).split(path.sep).join("/")] : [];
  });
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CLIENT = ["components", "app"].flatMap((folder) => clientFiles(path.join(__dirname, folder)));

// The capabilities, each a room of lib/ with one door: lib/<room>/index.ts. Everything else in lib/
// is shared plumbing or a composition root (docs/architecture.md, "Rooms and plumbing").
const ROOMS = ["journey", "booking", "forms", "notifications", "feedback", "people", "staff", "analytics", "queue"];

/** An arrow that is not allowed: code below `from` (tests aside) imports nothing below `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  severity: "error",
  comment,
  from: { path: from, pathNot: TESTS },
  to: { path: to },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "Files never import each other in a circle, however long.",
      from: {},
      to: { circular: true },
    },
    forbid(
      "components-below-app",
      "Pages use components; components never import pages or route handlers.",
      "^components/",
      "^app/",
    ),
    {
      name: "client-components-import-no-server-code",
      severity: "error",
      comment:
        'A "use client" file is sent to the browser with all it imports: from lib/ only lib/html.ts (pure) or a room\'s client door, and types.',
      from: { path: CLIENT.length ? CLIENT.map((file) => `^${escapeRegExp(file)}$`) : "^$.", pathNot: TESTS },
      to: { path: "^lib/", pathNot: "^lib/html\\.ts$|^lib/[^/]+/client\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    forbid(
      "components-without-server-seams",
      "UI gets what it shows as props: no database, session, environment or Prisma types.",
      "^components/",
      "^lib/(db|env|staff)|^lib/generated/",
    ),
    forbid(
      "lib-below-app-components-prisma",
      "lib/ is imported by pages, UI and the seed; it imports none of them.",
      "^lib/",
      "^(app|components|prisma)/",
    ),
    forbid(
      "notifications-knows-no-bookings-or-forms",
      "Booking and forms hand notifications what to send; notifications imports neither.",
      "^lib/notifications/",
      "^lib/(booking|forms)/",
    ),
    // One rule per room, all of the same name: dependency-cruiser's group matching ($1) reaches from
    // `from` into `to` only, and here the room is known from `to`.
    ...ROOMS.map((room) => ({
      name: "no-reaching-into-capability-internals",
      severity: "error",
      comment: `Outside lib/${room}/, only its door lib/${room}/index.ts is imported; inside it, files import each other directly.`,
      from: { pathNot: [`^lib/${room}/`, TESTS] },
      to: { path: `^lib/${room}/`, pathNot: `^lib/${room}/index\\.ts$` },
    })),
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    doNotFollow: { path: ["node_modules", "^lib/generated/"] },
    exclude: { path: ["^\\.next/", "^\\.data/"] },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
