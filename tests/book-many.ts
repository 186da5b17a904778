// Child process for the two-process contention test: books one slot `count` times at once and
// prints the outcome counts as JSON. Arguments: databaseUrl locationId startIso count offset.
import { bookSlot } from "@/lib/booking/book";
import { createPrismaClient } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { bookingRequest } from "@/tests/booking";

const [url, locationId, startIso, count, offset] = process.argv.slice(2);
const client = createPrismaClient(url);
const start = new Date(startIso);

const results = await Promise.all(
  Array.from({ length: Number(count) }, async (_, i) => {
    try {
      await bookSlot(bookingRequest(locationId, start, Number(offset) + i), { client });
      return "booked";
    } catch (error) {
      if (error instanceof ConflictError && error.code === "slot-taken") return "taken";
      return `error: ${error instanceof Error ? error.message : String(error)}`;
    }
  }),
);
const counts: Record<string, number> = {};
for (const result of results) counts[result] = (counts[result] ?? 0) + 1;
await client.$disconnect();
console.log(JSON.stringify(counts));
