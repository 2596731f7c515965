/**
 * npm run check -- FILE_OR_DIR... [--json] [--rules rules.json]
 * The verdict for local .eml files through the same pipeline as the worker. With --rules, a rule
 * set (the JSON you would PUT to /admin/rules) replaces the embedded one: try a rule before pushing it.
 */
import { readFileSync } from "node:fs";
import { checkMail } from "../src/check";
import { loadRules, mailFiles, parseArgs } from "./files";

const { opts, rest } = parseArgs(process.argv.slice(2), ["rules"]);
if (rest.length === 0 || opts.help) {
  console.error("usage: npm run check -- FILE_OR_DIR... [--json] [--rules rules.json]");
  process.exit(rest.length === 0 ? 2 : 0);
}
const rules = loadRules(typeof opts.rules === "string" ? opts.rules : undefined);

for (const file of mailFiles(rest)) {
  const result = await checkMail(readFileSync(file), rules);
  const lang = result.language;
  if (opts.json) {
    const reasons = result.reasons.map((r) => ({ code: r.code, severity: r.severity, message: r.message[lang] }));
    console.log(JSON.stringify({ file, verdict: result.verdict, language: lang, reasons }));
    continue;
  }
  const from = result.original?.from?.address ?? "?";
  console.log(`${file}: ${result.verdict} (score ${result.score}; ${result.original?.via ?? "-"}; from ${from})`);
  if (result.error) console.log(`  ${result.error}`);
  for (const r of result.reasons) console.log(`  - [${r.severity}] ${r.message[lang]}`);
}
