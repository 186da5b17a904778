// GET /api/v1/slots: free slots of a request type on a channel in a date range.
import { handle } from "@/lib/api/http";
import { getSlots } from "@/lib/booking";

export const dynamic = "force-dynamic";
export const GET = handle(getSlots);
