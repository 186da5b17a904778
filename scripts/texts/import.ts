// `npm run texts:import -- file.xlf`: a translated XLIFF 2.0 file back into messages/<locale>/, whole
// or not at all (docs/translations.md).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { importXliff, XliffRefusedError } from "./xliff";

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 1) {
  console.error("Name one XLIFF file: npm run texts:import -- texts-tr.xlf");
  process.exit(2);
}
try {
  const result = await importXliff(readFileSync(positionals[0], "utf8"));
  console.log(
    result.changed.length === 0
      ? `Nothing changed in ${result.locale}.`
      : `Changed ${result.changed.length} message(s) in ${result.locale}:\n${result.changed.map((key) => `  ${key}`).join("\n")}`,
  );
} catch (error) {
  if (!(error instanceof XliffRefusedError)) throw error;
  console.error(error.message);
  process.exit(1);
}
