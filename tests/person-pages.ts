// Which staff pages show a person's data, derived from the code: a function of a room reads a person
// when it reads the tables that hold people (citizen, form_submission, appointment, queue_ticket) with
// Prisma or SQL, or calls a function that does; a page reads a person when it, or a module of app/ or
// components/ it imports, imports such a function through a room's door. A new page, or a new reader
// behind a door, is found without touching a list. The view-audit test (lib/staff/door-view.test.ts)
// checks that each of these pages hands its view to staffPage.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { filesBelow, PROJECT_ROOT, staffEntryFiles } from "./staff-entry-files";

/** Prisma delegates of the tables that hold people, and the reads on them. */
const PERSON_DELEGATES = new Set(["citizen", "formSubmission", "appointment", "queueTicket"]);
const READS = /^find(Many|First|Unique)(OrThrow)?$/;
/** A relation to a person, included or selected with another row. */
const PERSON_RELATIONS = new Set(["citizen"]);
/** SQL reading those tables. */
const PERSON_SQL = /\b(from|join)\s+"?(citizen|form_submission|appointment|queue_ticket)"?(\s|$|,|\))/i;

const parse = (file: string, source = readFileSync(path.join(PROJECT_ROOT, file), "utf8")) =>
  ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

/** Whether a node reads a person's table directly (comments do not count: they are not nodes). */
function readsPersonTable(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node) => {
    if (found) return;
    if (
      ts.isPropertyAccessExpression(child) &&
      READS.test(child.name.text) &&
      ts.isPropertyAccessExpression(child.expression) &&
      PERSON_DELEGATES.has(child.expression.name.text)
    )
      found = true;
    else if (
      ts.isPropertyAssignment(child) &&
      ts.isIdentifier(child.name) &&
      PERSON_RELATIONS.has(child.name.text) &&
      (child.initializer.kind === ts.SyntaxKind.TrueKeyword || ts.isObjectLiteralExpression(child.initializer))
    )
      found = true;
    else if (
      (ts.isStringLiteral(child) ||
        ts.isNoSubstitutionTemplateLiteral(child) ||
        ts.isTemplateHead(child) ||
        ts.isTemplateMiddle(child) ||
        ts.isTemplateTail(child)) &&
      PERSON_SQL.test(child.text)
    )
      found = true;
    else ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/** The identifiers a node uses. */
function namesUsed(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (child: ts.Node) => {
    // A property's name (`x.name`, `{ name: … }`) is not a use of a function of that name.
    const property =
      (ts.isPropertyAccessExpression(child.parent) && child.parent.name === child) ||
      ((ts.isPropertyAssignment(child.parent) || ts.isPropertySignature(child.parent)) && child.parent.name === child);
    if (ts.isIdentifier(child) && !property) names.add(child.text);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return names;
}

/** The top-level functions (declarations and `const x = …` of a function) of a file, by name. */
function topLevelFunctions(file: ts.SourceFile): Map<string, ts.Node> {
  const functions = new Map<string, ts.Node>();
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body)
      functions.set(statement.name.text, statement.body);
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name) && declaration.initializer)
          functions.set(declaration.name.text, declaration.initializer);
    if (ts.isClassDeclaration(statement) && statement.name) functions.set(statement.name.text, statement);
  }
  return functions;
}

/**
 * The names of every function in lib/ that reads a person, directly or through a function that does
 * (by name, across files: a name shared by a reader and another function counts as a reader, which
 * errs on the side of recording a view).
 */
export function personReaders(): Set<string> {
  const functions: [string, ts.Node][] = [];
  const sources = filesBelow("lib", /^(?!.*\.test\.tsx?$)(?!.*\.d\.ts$).*\.tsx?$/).filter(
    (file) => !file.startsWith("lib/generated/"),
  );
  for (const file of sources) functions.push(...topLevelFunctions(parse(file)));
  const readers = new Set(functions.filter(([, body]) => readsPersonTable(body)).map(([name]) => name));
  const uses = functions.map(([name, body]) => [name, namesUsed(body)] as const);
  for (let grown = true; grown;) {
    grown = false;
    for (const [name, used] of uses)
      if (!readers.has(name) && [...used].some((usedName) => readers.has(usedName))) {
        readers.add(name);
        grown = true;
      }
  }
  return readers;
}

/** A relative or "@/" import resolved to a file of app/ or components/, or null. */
function localModule(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/app/") || specifier.startsWith("@/components/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base])
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(PROJECT_ROOT, candidate))) return candidate;
  return null;
}

/**
 * Why a page reads a person: the readers it (or a module of app/ or components/ it imports) imports
 * from a room's door, and the modules that read a person's table themselves; empty when it reads none.
 */
export function personReads(page: string, readers: Set<string>, sources?: Record<string, string>): string[] {
  const reasons = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = parse(file, sources?.[file]);
    if (readsPersonTable(source)) reasons.add(`${file} reads a person's table`);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const specifier = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (/^@\/lib\/[^/]+$/.test(specifier) && clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        for (const element of clause.namedBindings.elements) {
          const name = (element.propertyName ?? element.name).text;
          if (!element.isTypeOnly && readers.has(name)) reasons.add(`${name} (${specifier})`);
        }
        continue;
      }
      const local = sources?.[specifier] !== undefined ? specifier : localModule(file, specifier);
      if (local) visit(local);
    }
  };
  visit(page);
  return [...reasons].sort();
}

/** Every staff page (not route handler) that reads a person, with why. */
export function staffPersonPages(readers = personReaders()): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const file of staffEntryFiles().filter((file) => /\/page\.tsx?$/.test(file))) {
    const reasons = personReads(file, readers);
    if (reasons.length > 0) pages.set(file, reasons);
  }
  return pages;
}
