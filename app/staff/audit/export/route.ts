// The admin's plain post "Als CSV-Datei herunterladen": the filtered log as a file (byte order
// mark, semicolons, no cell a spreadsheet would run as a formula), recorded as audit.exported in
// the same transaction.
import { csvResponse } from "@/lib/csv";
import { berlinDate } from "@/lib/time";
import { auditCsv, auditFilterFields, filterDetails, readAuditFilters, staffRoute } from "@/lib/staff";

const plainText = (text: string) =>
  new Response(text, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export const POST = staffRoute(
  {
    action: "audit.export",
    input: auditFilterFields,
    returnTo: "/staff/audit",
    invalidInput: "Die Filter für die CSV-Datei sind ungültig.",
  },
  async ({ input, tx, audit }) => {
    const { filters, problems } = readAuditFilters(input);
    if (problems.length > 0) return plainText(`Die CSV-Datei ist nicht erstellt: ${problems.join(" ")}`);
    const { csv, count } = await auditCsv(filters, tx);
    await audit({
      action: "audit.exported",
      citizenId: null,
      object: { type: "audit_log", id: null },
      details: { filters: filterDetails(filters), count },
    });
    return csvResponse(csv, `protokoll-${berlinDate(new Date())}.csv`);
  },
);
