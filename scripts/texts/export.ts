// `npm run texts:export -- --locale tr [--out file.xlf]`: a language's messages as an XLIFF 2.0 file
// for a translation agency (docs/translations.md).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { defaultLocale, locales } from "./catalog";
import { exportXliff } from "./xliff";

const { values } = parseArgs({ options: { locale: { type: "string" }, out: { type: "string" } } });
const args = z
  .object({
    locale: z.enum(locales.filter((locale) => locale !== defaultLocale) as [string, ...string[]], {
      error: `--locale must be one of ${locales.filter((locale) => locale !== defaultLocale).join(", ")}`,
    }),
    out: z.string().min(1).optional(),
  })
  .safeParse(values);
if (!args.success) {
  console.error(args.error.issues.map((issue) => issue.message).join("\n"));
  process.exit(2);
}
const locale = args.data.locale as (typeof locales)[number];
const out = args.data.out ?? `texts-${locale}.xlf`;
writeFileSync(out, await exportXliff(locale));
console.log(`Wrote ${out}: the messages in ${locale} with their German source, as XLIFF 2.0.`);
