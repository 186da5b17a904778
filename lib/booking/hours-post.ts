// The opening hours form checked whole before anything is replaced: the table posts every row with
// all five fields (an empty row as empty strings), so a post without rows, or with a row that lacks
// a field, did not come from the form as the admin saw it (a cut-off request, a script) and must not
// be read as "no opening hours" — that would delete the week.
import { z } from "zod";

/** Most rows the opening hours form has (the stored ones plus empty ones to add). */
export const MAX_HOURS_ROWS = 28;
export const HOURS_FIELDS = ["weekday", "opensAt", "closesAt", "capacity", "frontDeskReserve"] as const;

export const INCOMPLETE_HOURS =
  "Die Öffnungszeiten sind unvollständig angekommen; es wurde nichts geändert. Bitte laden Sie die Seite neu und speichern Sie noch einmal.";

const ROW_FIELD = /^row-(\d{1,3})-/;

/** The posted hours form: rows 0 … n-1 (at least one), each with every field of the table. */
export const hoursPost = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .superRefine((form, context) => {
    let rows = 0;
    for (const name of Object.keys(form)) {
      const match = ROW_FIELD.exec(name);
      if (match) rows = Math.max(rows, Number(match[1]) + 1);
    }
    if (rows === 0 || rows > MAX_HOURS_ROWS) {
      context.addIssue({ code: "custom", path: ["hours"], message: INCOMPLETE_HOURS });
      return;
    }
    for (let index = 0; index < rows; index += 1)
      for (const field of HOURS_FIELDS)
        if (!(`row-${index}-${field}` in form))
          context.addIssue({ code: "custom", path: [`row-${index}-${field}`], message: INCOMPLETE_HOURS });
  });
