// One idempotency mechanism for bookings and submissions: a request carries a key; the first one
// claims (scope, key) in idempotency_record with a hash of its content and, in the same
// transaction, the answer it gives; a retry with the same key and content gets that answer again
// ("replayed"), the same key with other content is refused ("key-reused"), and a twin arriving
// while the first still runs waits on the claim's row lock, then replays or is told "in-flight".
// Records are kept seven days (lib/retention.ts).
//
// Bookings run this protocol inside the one statement book_appointment() (migration
// 20261130100000_book_appointment_function, step 1), which claims with the finished answer in one
// insert; submissions from the API run it here. Both read the scope from IDEMPOTENCY_SCOPES. A
// form filed on the web needs no key of its own: the draft's private link becomes the status link,
// so the draft row is the claim (lib/forms/submit.ts).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** Where a key is unique: the same key in two scopes is two requests. */
export const IDEMPOTENCY_SCOPES = {
  apiAppointments: "api:appointments",
  /** The web booking: the draft's id is the key (lib/booking/posts.ts). */
  webAppointments: "web:appointments",
  /** Staff booking for someone: the booking form carries a key of its own (lib/staff/book-for-someone.ts). */
  staffAppointments: "staff:appointments",
  apiSubmissions: "submissions",
  /** The portal's questionnaire: the sheet's random nonce is the key, so a second send stores nothing (lib/analytics/questionnaire-store.ts). */
  webQuestionnaire: "web:questionnaire",
} as const;

export type IdempotencyScope = (typeof IDEMPOTENCY_SCOPES)[keyof typeof IDEMPOTENCY_SCOPES];

/** What an earlier request with this key left; the outcomes are the ones book_appointment() returns. */
export type EarlierRequest<Answer> =
  { outcome: "none" } | { outcome: "replayed"; answer: Answer } | { outcome: "key-reused" } | { outcome: "in-flight" };

type Client = PrismaClient | Prisma.TransactionClient;

export async function earlierRequest<Answer>(
  client: Client,
  scope: IdempotencyScope,
  key: string,
  requestHash: string,
): Promise<EarlierRequest<Answer>> {
  const record = await client.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
  if (!record) return { outcome: "none" };
  if (record.requestHash !== requestHash) return { outcome: "key-reused" };
  if (record.responseBody === null || record.statusCode === null) return { outcome: "in-flight" };
  return { outcome: "replayed", answer: record.responseBody as Answer };
}

/**
 * Inside the transaction that does the work: claims the key first (a twin waits on this row until
 * the transaction ends; a unique violation means another request holds it), then answer() stores
 * the answer before the commit.
 */
export async function claimKey(
  tx: Prisma.TransactionClient,
  scope: IdempotencyScope,
  key: string,
  requestHash: string,
) {
  await tx.idempotencyRecord.create({ data: { scope, key, requestHash } });
  return {
    answer: async (statusCode: number, body: Prisma.InputJsonObject) => {
      await tx.idempotencyRecord.update({
        where: { scope_key: { scope, key } },
        data: { statusCode, responseBody: body },
      });
    },
  };
}
