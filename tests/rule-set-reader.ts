// A second process for lib/journey/rule-store.integration.test.ts: it answers each line
// "<request type> <preference>" on stdin with the recommended channels (JSON, one line), through the
// same recommendFor the pages call, keeping its module state (the rule set it loaded) between lines.
import { createInterface } from "node:readline";
import { recommendFor } from "@/lib/journey/journeys";

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const [requestType, preference] = line.trim().split(" ");
  recommendFor(requestType, { preference: preference as "personal" | "mixed" | "digital" }).then(
    ({ recommendation }) =>
      process.stdout.write(`${JSON.stringify(recommendation.options.map((option) => option.channel))}\n`),
    (error: Error) => process.stdout.write(`${JSON.stringify({ error: error.message })}\n`),
  );
});
lines.on("close", () => process.exit(0));
