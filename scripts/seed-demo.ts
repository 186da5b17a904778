// `npm run db:seed-demo`: puts the demo data (staff with demo passwords, locations, citizens) into
// DATABASE_URL's database. Only on explicit request: never part of a production start.
import { prepareDatabase } from "@/lib/db/prepare";
import { seed } from "@/prisma/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "zugang: set DATABASE_URL to the database that should get demo data (npm start seeds the embedded one by itself)",
  );
  process.exit(1);
}
prepareDatabase(url, { seed: (prisma) => seed(prisma, { demo: true }) })
  .then((result) =>
    console.log(
      result.demoSeeded
        ? "zugang: demo data seeded"
        : "zugang: the database has staff users already: no demo data added",
    ),
  )
  .catch((error: Error) => {
    console.error(`zugang: ${error.message}`);
    process.exit(1);
  });
