// Run by own-portal.ts as a process of its own (tsx): migrations and reference data for DATABASE_URL.
// A child process, because the seed reaches the capabilities' message files, which Playwright's test
// process cannot import as JSON modules.
import { prepareDatabase } from "@/lib/db/prepare";
import { seed } from "@/prisma/seed";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
await prepareDatabase(url, { seed: (prisma) => seed(prisma, { demo: false }) });
