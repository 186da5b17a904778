// Every staff page and route handler goes through the door: the files are listed from the file
// system (app/staff/**, app/api/staff/**), and each is read as TypeScript (comments and strings do
// not count) to check that a page's default export starts with `await staffPage(…)` and that every
// handler a route exports is made by `staffRoute(…)`, both imported from "@/lib/staff".
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT as ROOT, staffEntryFiles } from "@/tests/staff-entry-files";

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Pages that may not go through the door, and why. */
const EXEMPT: Record<string, string> = {
  "app/staff/login/page.tsx": "the sign-in page: it must open without a session",
  "app/staff/password-reset/page.tsx": "asking for a password reset link: whoever forgot the password has no session",
  "app/staff/password-reset/send/route.ts":
    "asking for a password reset link: whoever forgot the password has no session",
  "app/staff/password-reset/[token]/page.tsx":
    "a password reset link's page: the link's token is the key, not a session",
  "app/staff/password-reset/[token]/save/route.ts":
    "a password reset link's post: the link's token is the key, not a session",
};

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);

/** The local names under which `name` is imported (as a value) from "@/lib/staff". */
function doorImports(file: ts.SourceFile, name: "staffPage" | "staffRoute"): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (
      !ts.isImportDeclaration(statement) ||
      !ts.isStringLiteral(statement.moduleSpecifier) ||
      statement.moduleSpecifier.text !== "@/lib/staff"
    )
      continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) continue;
    for (const element of clause.namedBindings.elements) {
      if (!element.isTypeOnly && (element.propertyName ?? element.name).text === name) names.add(element.name.text);
    }
  }
  return names;
}

const callsOneOf = (expression: ts.Expression | undefined, names: Set<string>): boolean =>
  !!expression &&
  ts.isCallExpression(expression) &&
  ts.isIdentifier(expression.expression) &&
  names.has(expression.expression.text);

/** The statement is `await door(…)` or `const … = await door(…)`. */
function awaitsDoor(statement: ts.Statement, names: Set<string>): boolean {
  const awaited = (expression: ts.Expression | undefined) =>
    !!expression && ts.isAwaitExpression(expression) && callsOneOf(expression.expression, names);
  if (ts.isExpressionStatement(statement)) return awaited(statement.expression);
  if (ts.isVariableStatement(statement))
    return (
      statement.declarationList.declarations.length === 1 &&
      awaited(statement.declarationList.declarations[0].initializer)
    );
  return false;
}

/** `const { … } = await params`: the only thing a page may do before the door (it needs the path for returnTo). */
function readsParams(statement: ts.Statement): boolean {
  if (!ts.isVariableStatement(statement)) return false;
  return statement.declarationList.declarations.every(
    ({ initializer }) =>
      !!initializer &&
      ts.isAwaitExpression(initializer) &&
      ts.isIdentifier(initializer.expression) &&
      initializer.expression.text === "params",
  );
}

function defaultExportFunction(file: ts.SourceFile): ts.FunctionDeclaration | undefined {
  for (const statement of file.statements) {
    if (
      ts.isFunctionDeclaration(statement) &&
      hasModifier(statement, ts.SyntaxKind.ExportKeyword) &&
      hasModifier(statement, ts.SyntaxKind.DefaultKeyword)
    )
      return statement;
    if (ts.isExportAssignment(statement) && !statement.isExportEquals && ts.isIdentifier(statement.expression)) {
      const name = statement.expression.text;
      return file.statements.find(
        (candidate): candidate is ts.FunctionDeclaration =>
          ts.isFunctionDeclaration(candidate) && candidate.name?.text === name,
      );
    }
  }
  return undefined;
}

function pageProblem(file: ts.SourceFile): string | null {
  const names = doorImports(file, "staffPage");
  if (names.size === 0) return 'imports no staffPage from "@/lib/staff"';
  const page = defaultExportFunction(file);
  if (!page?.body) return "has no default export function to check";
  const statements = page.body.statements;
  const door = statements.findIndex((statement) => awaitsDoor(statement, names));
  if (door < 0) return "does not `await staffPage(…)` in its own body (not inside a condition or another function)";
  if (!statements.slice(0, door).every(readsParams))
    return "does something before `await staffPage(…)` other than reading its params";
  return null;
}

function routeProblem(file: ts.SourceFile): string | null {
  const names = doorImports(file, "staffRoute");
  const handlers: string[] = [];
  const problems: string[] = [];
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement) && hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !HTTP_METHODS.has(declaration.name.text)) continue;
        handlers.push(declaration.name.text);
        if (!callsOneOf(declaration.initializer, names))
          problems.push(`${declaration.name.text} is not made by staffRoute(…) from "@/lib/staff"`);
      }
    } else if (
      ts.isFunctionDeclaration(statement) &&
      hasModifier(statement, ts.SyntaxKind.ExportKeyword) &&
      statement.name &&
      HTTP_METHODS.has(statement.name.text)
    ) {
      handlers.push(statement.name.text);
      problems.push(`${statement.name.text} is a function of its own, not made by staffRoute(…)`);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        if (!HTTP_METHODS.has(element.name.text)) continue;
        handlers.push(element.name.text);
        problems.push(
          `${element.name.text} is re-exported; write \`export const ${element.name.text} = staffRoute(…)\``,
        );
      }
    }
  }
  if (handlers.length === 0) problems.push("exports no handler");
  return problems.length ? problems.join("; ") : null;
}

/** What is wrong with one staff page or route file, or null when it goes through the door. */
function doorProblem(relativePath: string, source: string): string | null {
  const file = ts.createSourceFile(
    relativePath,
    source,
    ts.ScriptTarget.Latest,
    true,
    relativePath.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  return /\/route\.[jt]sx?$/.test(relativePath) ? routeProblem(file) : pageProblem(file);
}

describe("the staff door", () => {
  const files = staffEntryFiles();

  it("is the way into every staff page and route handler", () => {
    // The listing itself works: it finds pages, nested dynamic routes and route handlers.
    expect(files).toEqual(
      expect.arrayContaining([
        "app/staff/page.tsx",
        "app/staff/check-in/[reference]/page.tsx",
        "app/staff/check-in/[reference]/confirm/route.ts",
      ]),
    );
    const problems = files
      .filter((file) => !(file in EXEMPT))
      .flatMap((file) => {
        const problem = doorProblem(file, readFileSync(path.join(ROOT, file), "utf8"));
        return problem ? [`${file}: ${problem}`] : [];
      });
    expect(
      problems,
      'each staff page must start with `await staffPage(action, …)` and each route handler be `export const POST = staffRoute(…)`, imported from "@/lib/staff"',
    ).toEqual([]);
  });

  it("is skipped only by the named pages, which exist", () => {
    expect(Object.keys(EXEMPT).filter((file) => !files.includes(file))).toEqual([]);
  });
});

describe("the door check", () => {
  const page = (body: string, imports = 'import { staffPage } from "@/lib/staff";') =>
    `${imports}\nexport default async function Page({ params }: { params: Promise<{ id: string }> }) {\n${body}\n  return <p>x</p>;\n}\n`;

  it("accepts a page that awaits the door first (after reading its params) and a route made by it", () => {
    expect(
      doorProblem(
        "app/staff/a/page.tsx",
        page('  const session = await staffPage("staff.home", { returnTo: "/staff" });'),
      ),
    ).toBeNull();
    expect(
      doorProblem(
        "app/staff/a/page.tsx",
        page('  const { id } = await params;\n  await staffPage("staff.home", { returnTo: `/staff/${id}` });'),
      ),
    ).toBeNull();
    expect(
      doorProblem(
        "app/staff/a/page.tsx",
        page('  await door("staff.home", { returnTo: "/staff" });', 'import { staffPage as door } from "@/lib/staff";'),
      ),
    ).toBeNull();
    expect(
      doorProblem(
        "app/staff/a/route.ts",
        'import { staffRoute } from "@/lib/staff";\nexport const POST = staffRoute({}, async () => new Response());',
      ),
    ).toBeNull();
  });

  it("refuses a door that is only mentioned, imported from elsewhere, conditional or late", () => {
    expect(
      doorProblem(
        "app/staff/a/page.tsx",
        page('  // await staffPage("staff.home", { returnTo: "/staff" });\n  const text = \'await staffPage(x)\';'),
      ),
    ).toMatch(/does not `await staffPage/);
    expect(doorProblem("app/staff/a/page.tsx", page("  // staffPage", ""))).toMatch(/imports no staffPage/);
    expect(
      doorProblem(
        "app/staff/a/page.tsx",
        page(
          '  await staffPage("staff.home", { returnTo: "/staff" });',
          'import { staffPage } from "@/lib/staff/door";',
        ),
      ),
    ).toMatch(/imports no staffPage/);
    expect(
      doorProblem(
        "app/staff/a/page.tsx",
        page('  if (Math.random() > 0.5) await staffPage("staff.home", { returnTo: "/staff" });'),
      ),
    ).toMatch(/does not `await staffPage/);
    expect(
      doorProblem(
        "app/staff/a/page.tsx",
        page('  const rows = await db.feedback.findMany();\n  await staffPage("staff.home", { returnTo: "/staff" });'),
      ),
    ).toMatch(/does something before/);
    expect(doorProblem("app/staff/a/page.tsx", page('  staffPage("staff.home", { returnTo: "/staff" });'))).toMatch(
      /does not `await staffPage/,
    );
  });

  it("refuses a route handler of its own, beside the door or instead of it", () => {
    const imports = 'import { staffRoute } from "@/lib/staff";\n';
    expect(
      doorProblem("app/staff/a/route.ts", `${imports}export async function POST() { return new Response(); }`),
    ).toMatch(/POST is a function of its own/);
    expect(
      doorProblem(
        "app/staff/a/route.ts",
        `${imports}export const POST = staffRoute({}, async () => new Response());\nexport const GET = async () => new Response();`,
      ),
    ).toMatch(/GET is not made by staffRoute/);
    expect(
      doorProblem(
        "app/staff/a/route.ts",
        `${imports}const handle = staffRoute({}, async () => new Response());\nexport { handle as POST };`,
      ),
    ).toMatch(/POST is re-exported/);
    expect(
      doorProblem("app/staff/a/route.ts", "// staffRoute\nexport const POST = async () => new Response();"),
    ).toMatch(/POST is not made by staffRoute/);
  });
});
