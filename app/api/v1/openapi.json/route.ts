// The OpenAPI 3.1 document of the public API, generated from the zod schemas.
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/openapi/operations";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET() {
  const document = buildOpenApiDocument(
    operations,
    {
      title: "Zugang API",
      version: "1.0.0",
      description:
        "Request types, channel recommendations, slots, appointments and form submissions of the Jobcenter access portal, for other channels (kiosk, phone hotline, chat).",
    },
    publicBaseUrl(),
  );
  return Response.json(document, { headers: { "Cache-Control": "no-store" } });
}
