// Writes the reference data (lib/journey/reference-data.ts: request types, and version 1 of the
// routing rules with the base orders and situation steps) into a database. Inserted only where
// missing: admins' later edits are never overwritten.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { channels, REQUEST_TYPES, writeFirstRuleSet } from "@/lib/journey";

export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  for (const [index, type] of REQUEST_TYPES.entries()) {
    await prisma.requestType.upsert({
      where: { key: type.key },
      update: {},
      create: {
        key: type.key,
        title: type.title,
        description: type.description,
        whatToBring: type.whatToBring,
        allowedChannels: channels(type.allowed),
        slotMinutes: type.slotMinutes ?? 30,
        isEmergency: type.isEmergency ?? false,
        externalUrl: type.externalUrl,
        sortOrder: index * 10,
      },
    });
  }
  await writeFirstRuleSet(prisma);
}
