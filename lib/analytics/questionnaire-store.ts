// Stores a portal questionnaire's answer sheet once: in one transaction the sheet's nonce is claimed
// in idempotency_record (a second send of the same sheet, even at the same moment, finds it taken
// and stores nothing) and the sheet goes into survey_response with source "portal", the month, and
// nothing else: no person, journey, address or time of day.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IDEMPOTENCY_SCOPES } from "@/lib/idempotency";
import { berlinDate } from "@/lib/time";
import { sha256 } from "@/lib/tokens";
import { responseOf, type QuestionnaireState } from "./questionnaire";
import { insertResponses, monthStart } from "./survey-import";

export type StoreOutcome = "stored" | "already-stored" | "refused";

type Client = Pick<typeof db, "$transaction">;

export async function storePortalResponse(
  state: QuestionnaireState,
  now: Date,
  client: Client = db,
): Promise<StoreOutcome> {
  const row = responseOf(state);
  if (!row) return "refused";
  return client.$transaction(async (tx: Prisma.TransactionClient) => {
    // A twin waits here on the first one's uncommitted row, then finds the key taken.
    const claimed = await tx.$executeRaw`
      INSERT INTO idempotency_record (scope, key, request_hash, status_code, response_body)
      VALUES (${IDEMPOTENCY_SCOPES.webQuestionnaire}, ${state.nonce}, ${sha256(JSON.stringify(row))}, 303, '{"stored":true}'::jsonb)
      ON CONFLICT (scope, key) DO NOTHING`;
    if (claimed === 0) return "already-stored";
    await insertResponses(tx, [row], {
      source: "portal",
      answeredMonth: monthStart(berlinDate(now).slice(0, 7)),
      importId: null,
    });
    return "stored";
  });
}
