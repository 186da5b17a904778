// Every operation of the public API, for the OpenAPI document. Each capability lists its own; they
// are gathered here, outside lib/api and the capabilities, so that the HTTP plumbing the
// capabilities import never imports them back.
import { z } from "zod";
import type { ApiOperation } from "@/lib/api/openapi";
import { journeyOperations } from "@/lib/journey";
import { bookingOperations } from "@/lib/booking";
import { submissionOperations } from "@/lib/forms";
import { queueOperations } from "@/lib/queue";

const healthOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    summary: "Health of the portal: 200 only when the database answers",
    tags: ["operations"],
    responses: {
      200: {
        description: "The portal and its database answer",
        schema: z.object({ status: z.literal("ok"), database: z.literal("ok") }),
      },
      503: {
        description: "The database does not answer",
        schema: z.object({ status: z.literal("unavailable"), database: z.literal("unreachable") }),
      },
    },
  },
];

export const operations: ApiOperation[] = [
  ...healthOperations,
  ...journeyOperations,
  ...bookingOperations,
  ...submissionOperations,
  ...queueOperations,
];
