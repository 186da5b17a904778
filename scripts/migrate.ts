// `npm run db:migrate`: applies the migrations to DATABASE_URL (what `npm start` does at start-up).
import { migrate } from "@/lib/db/migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("zugang: set DATABASE_URL to the database to migrate");
  process.exit(1);
}
migrate(url)
  .then((result) =>
    console.log(`zugang: ${result.applied.length} migrations applied, ${result.alreadyApplied} already there`),
  )
  .catch((error: Error) => {
    console.error(`zugang: ${error.message}`);
    process.exit(1);
  });
