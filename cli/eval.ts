/**
 * npm run eval -- DIR [--misses N] [--rules rules.json] [--json]
 * DIR holds folders named by label (phish/, ham/, spam/), each with source folders of .eml files.
 * Prints verdict counts per label and per source, the detection rate (dangerous + suspicious among
 * phish), the false-alarm rates among ham, and the most frequent reason codes per label; then, for
 * legitimate mail, every reason code that fired, per source, with how many of those mails it helped
 * call dangerous or suspicious — so the next false alarm shows itself.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkMail } from "../src/check";
import type { Verdict } from "../src/verdict/score";
import { loadRules, mailFiles, parseArgs } from "./files";
import { progress } from "./progress";

const VERDICTS: Verdict[] = ["dangerous", "suspicious", "no_signs", "unreadable"];
type Row = Record<Verdict, number> & { total: number };
const emptyRow = (): Row => ({ dangerous: 0, suspicious: 0, no_signs: 0, unreadable: 0, total: 0 });

const { opts, rest } = parseArgs(process.argv.slice(2), ["misses", "rules"]);
const dir = rest[0];
if (!dir) {
  console.error("usage: npm run eval -- DIR [--misses N] [--rules rules.json]");
  process.exit(2);
}
const rules = loadRules(typeof opts.rules === "string" ? opts.rules : undefined);
const missesN = Number(opts.misses ?? 0) || 0;

const byLabel = new Map<string, Row>();
const bySource = new Map<string, Row>();
const codes = new Map<string, Map<string, number>>();
const misses: { label: string; file: string; verdict: Verdict; top: string[] }[] = [];
/** Legitimate mail: code → source → [mails it fired on, of those flagged dangerous, suspicious]. */
const hamCodes = new Map<string, Map<string, [number, number, number]>>();

const labels = readdirSync(dir)
  .sort()
  .filter((label) => statSync(join(dir, label)).isDirectory())
  .map((label) => ({ label, files: mailFiles([join(dir, label)]) }));
const shown = progress("eval", labels.reduce((n, l) => n + l.files.length, 0));
for (const { label, files } of labels) {
  const labelDir = join(dir, label);
  for (const file of files) {
    shown.tick();
    const source = `${label}/${relative(labelDir, file).split("/")[0]}`;
    const r = await checkMail(readFileSync(file), rules);
    for (const key of [label, source]) {
      const map = key === label ? byLabel : bySource;
      const row = map.get(key) ?? emptyRow();
      row[r.verdict]++;
      row.total++;
      map.set(key, row);
    }
    const counts = codes.get(label) ?? new Map<string, number>();
    for (const reason of r.reasons) counts.set(reason.code, (counts.get(reason.code) ?? 0) + 1);
    codes.set(label, counts);
    if (label === "ham")
      for (const code of new Set(r.reasons.filter((x) => x.points > 0).map((x) => x.code))) {
        const bySrc = hamCodes.get(code) ?? new Map<string, [number, number, number]>();
        const c = bySrc.get(source) ?? [0, 0, 0];
        c[0]++;
        if (r.verdict === "dangerous") c[1]++;
        if (r.verdict === "suspicious") c[2]++;
        bySrc.set(source, c);
        hamCodes.set(code, bySrc);
      }
    const top = r.reasons.slice(0, 4).map((x) => `${x.code}(${x.points})`);
    if ((label === "phish" && r.verdict === "no_signs") || (label === "ham" && r.verdict === "dangerous")) misses.push({ label, file, verdict: r.verdict, top });
  }
}

shown.done();

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
function table(title: string, rows: Map<string, Row>) {
  console.log(`\n${title}`);
  console.log(["", ...VERDICTS, "total", "detected", "ham:dangerous", "ham:suspicious"].map((s, i) => (i === 0 ? s.padEnd(34) : s.padStart(i > 5 ? 16 : 12))).join(""));
  for (const [key, r] of rows) {
    const isPhish = key.startsWith("phish");
    const isHam = key.startsWith("ham");
    const cells = [
      ...VERDICTS.map((v) => String(r[v])),
      String(r.total),
      isPhish ? pct(r.dangerous + r.suspicious, r.total) : "",
      isHam ? pct(r.dangerous, r.total) : "",
      isHam ? pct(r.suspicious, r.total) : "",
    ];
    console.log(key.padEnd(34) + cells.map((c, i) => c.padStart(i > 4 ? 16 : 12)).join(""));
  }
}
table("Verdicts per label", byLabel);
table("Verdicts per source", bySource);
const phish = byLabel.get("phish");
if (phish) console.log(`\nphish judged dangerous: ${pct(phish.dangerous, phish.total)}; dangerous or suspicious: ${pct(phish.dangerous + phish.suspicious, phish.total)}`);
const ham = byLabel.get("ham");
if (ham) console.log(`ham judged dangerous: ${pct(ham.dangerous, ham.total)}; suspicious: ${pct(ham.suspicious, ham.total)}`);

for (const [label, counts] of codes) {
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.log(`\nTop reason codes, ${label}: ${top.map(([c, n]) => `${c} ${n}`).join(", ")}`);
}
if (hamCodes.size > 0) {
  // Reason codes (with points) on legitimate mail: "fired/dangerous/suspicious" per source.
  const sources = [...bySource.keys()].filter((s) => s.startsWith("ham/"));
  const total = (m: Map<string, [number, number, number]>) => [...m.values()].reduce((n, c) => n + c[0], 0);
  console.log(`\nReason codes on legitimate mail (mails it fired on / of those dangerous / suspicious):`);
  console.log(["code".padEnd(32), ...sources.map((s) => s.slice(4).slice(0, 22).padStart(24))].join(""));
  for (const [code, m] of [...hamCodes].sort((a, b) => total(b[1]) - total(a[1]))) {
    const cells = sources.map((s) => {
      const c = m.get(s);
      return (c ? `${c[0]}/${c[1]}/${c[2]}` : "").padStart(24);
    });
    console.log(code.padEnd(32) + cells.join(""));
  }
}
if (missesN > 0) {
  for (const [label, verdict] of [["phish", "no_signs"], ["ham", "dangerous"]] as const) {
    console.log(`\n${label} judged ${verdict} (first ${missesN}):`);
    for (const m of misses.filter((x) => x.label === label).slice(0, missesN)) console.log(`  ${m.file}: ${m.top.join(" ") || "(no reasons)"}`);
  }
}
