/**
 * npm run check -- FILE_OR_DIR... [--json] [--rules rules.json]
 * The verdict for local .eml files through the same pipeline as the worker. With --rules, a rule
 * set (the JSON you would PUT to /admin/rules) replaces the embedded one: try a rule before pushing it.
 */
import { existsSync, readFileSync } from "node:fs";
import { checkMail } from "../src/check";
import { explain } from "../src/reply/reasons";
import { loadRules, mailFiles, parseArgs } from "./files";

/** A clear one-line error naming the file, exit 2 (no stack trace). */
function fail(message: string): never {
  console.error(`phishcheck: ${message}`);
  process.exit(2);
}

const { opts, rest } = parseArgs(process.argv.slice(2), ["rules"]);
if (rest.length === 0 || opts.help) {
  console.error("usage: npm run check -- FILE_OR_DIR... [--json] [--rules rules.json]");
  process.exit(rest.length === 0 ? 2 : 0);
}
const rulesFile = typeof opts.rules === "string" ? opts.rules : undefined;
if (opts.rules === true || rulesFile === "") fail("--rules needs a file name");
if (rulesFile !== undefined && !existsSync(rulesFile)) fail(`rules file not found: ${rulesFile}`);
for (const p of rest) if (!existsSync(p)) fail(`mail file not found: ${p}`);
let rules: ReturnType<typeof loadRules>;
try {
  rules = loadRules(rulesFile);
} catch (e) {
  fail(`cannot read rules file ${rulesFile}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
}

for (const file of mailFiles(rest)) {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (e) {
    fail(`cannot read mail file ${file}: ${e instanceof Error && "code" in e ? String(e.code) : "error"}`);
  }
  const result = await checkMail(raw, rules);
  const lang = result.language;
  if (opts.json) {
    const reasons = result.reasons.map((r) => ({ code: r.code, severity: r.severity, message: explain(r)[lang] }));
    console.log(JSON.stringify({ file, verdict: result.verdict, score: result.score, language: lang, reasons }));
    continue;
  }
  const from = result.original?.from?.address ?? "?";
  console.log(`${file}: ${result.verdict} (score ${result.score}; ${result.original?.via ?? "-"}; from ${from})`);
  if (result.error) console.log(`  ${result.error}`);
  for (const r of result.reasons) console.log(`  - [${r.severity}] ${explain(r)[lang]}${r.repeats ? ` (repeats ${r.repeats}; not in the reply)` : ""}`);
}
