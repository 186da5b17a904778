// The day view's list as a CSV file (GET ?location=…&day=…), through the staff door: what it hands
// out is recorded like the list on screen. Semicolons, a byte order mark for Excel, and cells that
// could run as a formula neutralised (lib/csv.ts).
import { z } from "zod";
import { dayAtLocation } from "@/lib/booking";
import { csvFile, csvResponse, safeFileName } from "@/lib/csv";
import { NotFoundError } from "@/lib/errors";
import { staffRoute } from "@/lib/staff";
import { calendarDay } from "@/lib/validation";
import { CSV_HEADINGS, csvRow, DAY_PATH } from "../day";

const exportQuery = z.object({ location: z.uuid(), day: calendarDay() });

const notFound = () =>
  new Response("Diesen Standort gibt es nicht.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export const GET = staffRoute(
  {
    action: "appointments.export",
    input: exportQuery,
    returnTo: DAY_PATH,
    invalidInput: "Für die CSV-Datei fehlen Standort oder Tag, oder sie sind ungültig (Tag als JJJJ-MM-TT).",
  },
  async ({ input, audit, location }) => {
    const day = await dayAtLocation(input.location, input.day).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!day) return notFound();
    await location(day.location.id);
    await audit({
      action: "appointments.exported",
      citizenId: null,
      object: { type: "location", id: day.location.id },
      details: { day: day.day, count: day.counts.total },
    });
    return csvResponse(
      csvFile(CSV_HEADINGS, day.appointments.map(csvRow)),
      safeFileName(`termine-${day.location.name}-${day.day}`, "csv"),
    );
  },
);
