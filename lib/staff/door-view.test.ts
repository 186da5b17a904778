// A page that shows a person's data cannot exist without recording the view: the pages that read a
// person are found from the code (tests/person-pages.ts: they import, through a room's door, a function
// that reads the tables holding people, or call one that does), and each must hand its view to the
// door, `staffPage(action, { returnTo, view: { load, event } })`. The door loads the data and records
// the event; `auditView` is gone from the door's exports, so there is no other way to record one.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { personReaders, personReads, staffPersonPages } from "@/tests/person-pages";
import { PROJECT_ROOT } from "@/tests/staff-entry-files";

/** Whether the page calls staffPage (imported from "@/lib/staff") with a `view` in its options. */
function handsViewToDoor(relativePath: string, source: string): boolean {
  const file = ts.createSourceFile(relativePath, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const names = new Set<string>();
  for (const statement of file.statements)
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === "@/lib/staff" &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    )
      for (const element of statement.importClause.namedBindings.elements)
        if ((element.propertyName ?? element.name).text === "staffPage") names.add(element.name.text);
  let found = false;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      names.has(node.expression.text) &&
      node.arguments[1] &&
      ts.isObjectLiteralExpression(node.arguments[1]) &&
      node.arguments[1].properties.some(
        (property) =>
          (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
          ts.isIdentifier(property.name) &&
          property.name.text === "view",
      )
    )
      found = true;
    else ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The person pages whose door call carries no view, with what they read. */
function pagesWithoutView(pages: Map<string, string[]>, sources: Record<string, string> = {}): string[] {
  return [...pages].flatMap(([page, reads]) =>
    handsViewToDoor(page, sources[page] ?? readFileSync(path.join(PROJECT_ROOT, page), "utf8"))
      ? []
      : [`${page} reads ${reads.join(", ")} but records no view`],
  );
}

describe("the view audit the door enforces", () => {
  const readers = personReaders();
  const pages = staffPersonPages(readers);

  it("finds the pages that read a person from the code", () => {
    // The derivation works: the readers behind the doors and the pages that show people are found.
    expect([...readers]).toEqual(
      expect.arrayContaining(["loadPersonView", "searchPeople", "findPerson", "loadSubmission", "listInbox"]),
    );
    expect([...pages.keys()]).toEqual(
      expect.arrayContaining([
        "app/staff/people/[id]/page.tsx",
        "app/staff/people/page.tsx",
        "app/staff/inbox/[id]/page.tsx",
        "app/staff/inbox/page.tsx",
        "app/staff/callbacks/page.tsx",
        "app/staff/check-in/[reference]/page.tsx",
        "app/staff/front-desk/page.tsx",
        "app/staff/front-desk/book/page.tsx",
        "app/staff/front-desk/cancel/page.tsx",
        "app/staff/outbox/[id]/page.tsx",
        "app/staff/queue/page.tsx",
      ]),
    );
    // A page that reads nobody is not among them.
    expect(pages.has("app/staff/account/second-factor/page.tsx")).toBe(false);
  });

  it("is kept by every page that reads a person: its staffPage call carries the view it records", () => {
    expect(
      pagesWithoutView(pages),
      "a staff page that reads a person must call staffPage(action, { returnTo, view: { load, event } })",
    ).toEqual([]);
  });

  it("fails for a person page that reads without handing over the view", () => {
    const page = "app/staff/people/[id]/page.tsx";
    const without = `import { staffPage } from "@/lib/staff";
import { loadPersonView } from "@/lib/people";
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await staffPage("person.view", { returnTo: "/staff/people" });
  const view = await loadPersonView(id);
  return <p>{view?.person.name}</p>;
}
`;
    const reads = personReads(page, readers, { [page]: without });
    expect(reads).toEqual(["loadPersonView (@/lib/people)"]);
    expect(pagesWithoutView(new Map([[page, reads]]), { [page]: without })).toEqual([
      `${page} reads loadPersonView (@/lib/people) but records no view`,
    ]);
  });

  it("finds a read through a module of the page's folder, and a table read in the page itself", () => {
    const page = "app/staff/new/page.tsx";
    const helper = "./helper";
    const sources = {
      [page]: `import { staffPage } from "@/lib/staff";\nimport { load } from "${helper}";\nexport default async function Page() { await staffPage("staff.home", { returnTo: "/staff" }); return <p>{String(await load())}</p>; }\n`,
      [helper]: `import { findAppointmentById } from "@/lib/booking";\nexport const load = () => findAppointmentById("x");\n`,
    };
    expect(personReads(page, readers, sources)).toEqual(["findAppointmentById (@/lib/booking)"]);
    const direct = "app/staff/direct/page.tsx";
    expect(
      personReads(direct, readers, {
        [direct]: `import { db } from "@/lib/db";\nexport default async function Page() { return <p>{(await db.citizen.findMany()).length}</p>; }\n`,
      }),
    ).toEqual([`${direct} reads a person's table`]);
  });

  it("accepts a page that hands its view to the door", () => {
    const page = "app/staff/a/page.tsx";
    const source = `import { staffPage as door } from "@/lib/staff";
export default async function Page() {
  const { data } = await door("person.view", { returnTo: "/staff", view: { load: async () => 1, event: () => null } });
  return <p>{data}</p>;
}
`;
    expect(pagesWithoutView(new Map([[page, ["x"]]]), { [page]: source })).toEqual([]);
    // A comment or a string does not count.
    expect(
      pagesWithoutView(new Map([[page, ["x"]]]), {
        [page]: `import { staffPage } from "@/lib/staff";\n// staffPage("x", { view })\nconst text = 'staffPage("x", { view: 1 })';\nexport default async function Page() { await staffPage("staff.home", { returnTo: "/staff" }); return <p>{text}</p>; }\n`,
      }),
    ).toHaveLength(1);
  });
});
