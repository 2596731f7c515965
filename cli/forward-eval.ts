/**
 * npm run forward-eval -- DIR [--shapes a,b] [--limit N] [--only PATH-PART] [--dump OUTDIR]
 * Wraps every mail of an eval corpus (DIR/<label>/<source>/*.eml) the way mail clients forward it —
 * as an attachment, and inline in several clients' shapes and languages (header labels, separators,
 * quoting, HTML or text only, mutt's raw header block) — and reports per shape how many phishing
 * mails are flagged (dangerous or suspicious) and dangerous, and how many legitimate ones are
 * called dangerous/suspicious. "direct" is the mail itself, for comparison. The shapes are written
 * from the clients' documented output, not copied from any mail.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { checkMail } from "../src/check";
import { loadRules, mailFiles, parseArgs } from "./files";
import { FORWARDER, forwardAs, type Orig, readOriginal, SHAPES } from "./forward-shapes";

const { opts, rest } = parseArgs(process.argv.slice(2), ["shapes", "limit", "rules", "only", "dump"]);
const dir = rest[0];
if (!dir) {
  console.error("usage: npm run forward-eval -- DIR [--shapes direct,gmail-en,…] [--limit N]");
  process.exit(2);
}
const rules = loadRules(typeof opts.rules === "string" ? opts.rules : undefined);
const shapes = typeof opts.shapes === "string" ? opts.shapes.split(",") : Object.keys(SHAPES);
const limit = Number(opts.limit ?? 0) || Infinity;
type Row = { total: number; flagged: number; dangerous: number; found: number };
const rows = new Map<string, Row>();
for (const label of readdirSync(dir).sort()) {
  if (label !== "phish" && label !== "ham") continue;
  const labelDir = join(dir, label);
  if (!statSync(labelDir).isDirectory()) continue;
  const all = mailFiles([labelDir]);
  // An even sample across sources when --limit is given.
  const step = Math.max(1, Math.ceil(all.length / limit));
  const only = typeof opts.only === "string" ? opts.only : null;
  for (const file of all.filter((f, i) => (only ? f.includes(only) : i % step === 0))) {
    let o: Orig;
    try {
      o = await readOriginal(readFileSync(file));
    } catch {
      continue;
    }
    for (const shape of shapes) {
      const mail = forwardAs(shape, o);
      // --dump DIR: write each mail as built, to check one with `npm run check`.
      if (typeof opts.dump === "string") {
        mkdirSync(join(opts.dump, shape), { recursive: true });
        writeFileSync(join(opts.dump, shape, basename(file)), mail);
      }
      const r = await checkMail(mail, rules, { forwarder: FORWARDER });
      const key = `${label}\t${shape}`;
      const row = rows.get(key) ?? { total: 0, flagged: 0, dangerous: 0, found: 0 };
      row.total++;
      if (r.verdict === "dangerous" || r.verdict === "suspicious") row.flagged++;
      if (r.verdict === "dangerous") row.dangerous++;
      // The forwarded original was found (not the forwarder's own mail judged).
      if (r.original?.from?.address !== FORWARDER) row.found++;
      else if (process.env.FE_DEBUG) console.error(shape, file);
      rows.set(key, row);
      if (process.env.FE_CODES) console.error(`CODES\t${label}\t${shape}\t${file}\t${r.verdict}\t${r.reasons.map((x) => x.code).sort().join(",")}`);
    }
  }
}
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
console.log(`${"label".padEnd(7)}${"shape".padEnd(20)}${"total".padStart(7)}${"flagged".padStart(10)}${"dangerous".padStart(11)}${"found".padStart(9)}`);
for (const [key, r] of rows) {
  const [label, shape] = key.split("\t");
  console.log(`${label!.padEnd(7)}${shape!.padEnd(20)}${String(r.total).padStart(7)}${pct(r.flagged, r.total).padStart(10)}${pct(r.dangerous, r.total).padStart(11)}${pct(r.found, r.total).padStart(9)}`);
}
