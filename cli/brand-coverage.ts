/**
 * npm run brand-coverage -- FILE.tsv [--min N] [--rules rules.json]
 * How much of a list of impersonated brands (tab-separated: brand label, count; "#" lines are
 * comments, as in JPCERT/CC's phishing-URL list counted per brand) the catalogue knows: a label is
 * known when one of the catalogue's brand names is found in it, as brand claims are found in mail.
 * Prints each label with the brand it matched (to spot accidental matches) and the share of the
 * listed volume that is known.
 */
import { readFileSync } from "node:fs";
import { foldCompact, foldSpaced, isAsciiWordChar } from "../src/text/normalize";
import { type CompiledRules, insideNotName } from "../src/rules/compile";
import { shortNamesIn } from "../src/facts/brand-claims";
import { loadRules, parseArgs } from "./files";

/**
 * Brands named in a label (whole words for Latin names, anywhere for Japanese ones, not inside another
 * company's longer name; short names such as "au" as they count in a display name).
 */
export function brandsInLabel(rules: CompiledRules, label: string): string[] {
  const found = new Set<number>();
  const spaced = foldSpaced(label);
  rules.latinNames.scan(spaced, (id, end) => {
    const start = end - rules.latinNames.patternLength(id);
    if (!isAsciiWordChar(spaced.charCodeAt(start - 1)) && !isAsciiWordChar(spaced.charCodeAt(end)) && !insideNotName(spaced, start, rules.latinNameNot[id]))
      found.add(rules.latinNameBrand[id]!);
  });
  const compact = foldCompact(label);
  rules.scriptNames.scan(compact, (id, end) => {
    if (!insideNotName(compact, end - rules.scriptNames.patternLength(id), rules.scriptNameNot[id])) found.add(rules.scriptNameBrand[id]!);
  });
  for (const b of shortNamesIn(rules, label).keys()) found.add(b);
  return [...found].map((b) => rules.brands[b]!.id);
}

const { opts, rest } = parseArgs(process.argv.slice(2), ["min", "rules"]);
if (!rest[0]) {
  console.error("usage: npm run brand-coverage -- FILE.tsv [--min N]");
  process.exit(2);
}
const rules = loadRules(typeof opts.rules === "string" ? opts.rules : undefined);
const min = Number(opts.min ?? 0) || 0;
let total = 0;
let known = 0;
let listed = 0;
for (const line of readFileSync(rest[0], "utf8").split(/\r?\n/)) {
  if (!line.trim() || line.startsWith("#")) continue;
  const [label, countText] = line.split("\t");
  const count = Number(countText);
  if (!label || !Number.isFinite(count)) continue;
  listed += count;
  if (count < min) continue;
  total += count;
  const brands = brandsInLabel(rules, label);
  if (brands.length) known += count;
  console.log(`${String(count).padStart(6)}  ${brands.length ? "known  " : "MISSING"}  ${label}${brands.length ? `  → ${brands.join(", ")}` : ""}`);
}
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
console.log(`\nknown: ${known} of ${total} listed URLs${min ? ` (brands with ≥ ${min})` : ""} = ${pct(known, total)}; of the whole list: ${pct(known, listed)}`);
