// `npm run db:migrate`: applies the migrations to DATABASE_URL (what `npm start` does at start-up).
// With --prepare (production's zugang-migrate.service) also the job queue's tables and the
// reference data, as `npm start` does, but never demo data.
import { migrate } from "@/lib/db/migrations";
import { prepareDatabase } from "@/lib/db/prepare";
import { seed } from "@/prisma/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("zugang: set DATABASE_URL to the database to migrate");
  process.exit(1);
}
const run = process.argv.includes("--prepare")
  ? prepareDatabase(url, { seed: (prisma) => seed(prisma, { demo: false }) })
  : migrate(url);
run
  .then((result) =>
    console.log(`zugang: ${result.applied.length} migrations applied, ${result.alreadyApplied} already there`),
  )
  .catch((error: Error) => {
    console.error(`zugang: ${error.message}`);
    process.exit(1);
  });
