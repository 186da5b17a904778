// POST /api/v1/submissions: file a form with documents from a scan station or kiosk.
import { handle } from "@/lib/api/http";
import { handleSubmissionRequest } from "@/lib/forms";

export const dynamic = "force-dynamic";

export const POST = handle(handleSubmissionRequest);
