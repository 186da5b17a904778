// Seeds a database: reference data always, demo data when asked (see README).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoData, isEmpty } from "./demo";
import { seedReferenceData } from "./reference";

export async function seed(prisma: PrismaClient, options: { demo: boolean }): Promise<{ demoSeeded: boolean }> {
  await seedReferenceData(prisma);
  if (options.demo && (await isEmpty(prisma))) {
    await seedDemoData(prisma);
    return { demoSeeded: true };
  }
  return { demoSeeded: false };
}
