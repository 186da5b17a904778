// The admin's upload of paper questionnaires (a CSV file): checked whole, stored whole or not at
// all; back to the import page with the outcome (post/redirect/get), recorded as analytics.imported.
import { z } from "zod";
import { importSurveyCsv, MAX_IMPORT_BYTES } from "@/lib/analytics";
import { seeOther } from "@/lib/plain-post";
import { staffRoute } from "@/lib/staff";

const PAGE = "/staff/analytics/import";
/** At most this many problems travel back to the page in its address. */
const LISTED = 20;

const input = z.object({
  file: z.instanceof(File).optional(),
  month: z.preprocess(
    (value) => value || undefined,
    z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
  ),
});

const currentMonth = () => new Date().toISOString().slice(0, 7);

export const POST = staffRoute(
  {
    action: "analytics.import",
    input,
    returnTo: PAGE,
    invalidInput: "Die Angaben zum Import sind ungültig (Monat im Format JJJJ-MM).",
  },
  async ({ input: { file, month }, session, tx, audit }) => {
    const back = (query: URLSearchParams) => seeOther(`${PAGE}?${query.toString()}`);
    if (!file || file.size === 0) return back(new URLSearchParams({ result: "no-file" }));
    if (file.size > MAX_IMPORT_BYTES) return back(new URLSearchParams({ result: "too-large" }));
    const outcome = await importSurveyCsv(
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { month: month ?? currentMonth(), staffId: session.staff.id },
      tx,
    );
    const fileName = file.name.slice(0, 200);
    if (outcome.outcome === "imported") {
      await audit({
        action: "analytics.imported",
        citizenId: null,
        object: { type: "survey_import", id: outcome.importId },
        details: { fileName, outcome: "imported", count: outcome.count },
      });
      return back(new URLSearchParams({ result: "imported", count: String(outcome.count) }));
    }
    if (outcome.outcome === "duplicate") {
      await audit({
        action: "analytics.imported",
        citizenId: null,
        object: { type: "survey_import", id: null },
        details: { fileName, outcome: "duplicate", count: 0 },
      });
      return back(
        new URLSearchParams({
          result: "duplicate",
          importedAt: outcome.importedAt.toISOString(),
          earlierName: outcome.fileName,
        }),
      );
    }
    await audit({
      action: "analytics.imported",
      citizenId: null,
      object: { type: "survey_import", id: null },
      details: { fileName, outcome: "refused", count: 0 },
    });
    const query = new URLSearchParams({ result: "refused", count: String(outcome.problemCount) });
    for (const problem of outcome.problems.slice(0, LISTED)) {
      query.append("problem", [problem.line ?? "", problem.column ?? "", problem.message.slice(0, 160)].join("|"));
    }
    return back(query);
  },
);
