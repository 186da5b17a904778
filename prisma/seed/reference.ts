// Writes the reference data (lib/journey/reference-data.ts: request types, routing rules,
// situation steps) into a database. Inserted only where missing: admins' later edits are never
// overwritten.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Preference } from "@/lib/generated/prisma/enums";
import { channels, REQUEST_TYPES, SITUATION_RULES } from "@/lib/journey";

export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  for (const [index, type] of REQUEST_TYPES.entries()) {
    await prisma.requestType.upsert({
      where: { key: type.key },
      update: {},
      create: {
        key: type.key,
        title: type.title,
        description: type.description,
        allowedChannels: channels(type.allowed),
        slotMinutes: type.slotMinutes ?? 30,
        isEmergency: type.isEmergency ?? false,
        externalUrl: type.externalUrl,
        sortOrder: index * 10,
      },
    });
    await prisma.routingRule.createMany({
      data: (Object.keys(type.orders) as Preference[]).map((preference) => ({
        requestTypeKey: type.key,
        preference,
        channelOrder: channels(type.orders[preference]),
      })),
      skipDuplicates: true,
    });
  }
  await prisma.situationRule.createMany({
    data: SITUATION_RULES.map((rule, position) => ({ key: rule.key, position: position * 10, params: rule.params })),
    skipDuplicates: true,
  });
}
