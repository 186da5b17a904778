// GET /api/v1/locations: every active location, the virtual video location included.
import { handle } from "@/lib/api/http";
import { getLocations } from "@/lib/booking";

export const dynamic = "force-dynamic";
export const GET = handle(getLocations);
