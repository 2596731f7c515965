/**
 * npm exec tsx cli/bench-slimcheck.ts -- DIR...
 * Checks the MIME pre-pass (src/mail/slim.ts) against plain postal-mime on real mail: the same
 * headers, text, HTML and attachment names/types must come out, for every file. Prints the
 * files that differ and how many parts were left out.
 */
import { readFileSync } from "node:fs";
import PostalMime from "postal-mime";
import { parseMail } from "../src/mail/parse";
import { omittedPart } from "../src/mail/slim";
import { mailFiles } from "./mail-files";

const OPTS = { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer", maxNestingDepth: 100, maxHeadersSize: 2 * 1024 * 1024 } as const;
const files = mailFiles(process.argv.slice(2).filter((a) => a !== "--"));
let same = 0;
let omittedFiles = 0;
let omittedParts = 0;
let clipped = 0;
const bad: string[] = [];
for (const file of files) {
  const raw = readFileSync(file);
  let a: Awaited<ReturnType<typeof PostalMime.parse>> | null;
  let b: Awaited<ReturnType<typeof parseMail>> | null;
  try {
    a = await PostalMime.parse(raw, OPTS);
  } catch {
    a = null;
  }
  try {
    b = await parseMail(raw);
  } catch {
    b = null;
  }
  if (!a || !b) {
    if (!a !== !b) bad.push(`${file}: parse ${a ? "ok" : "fails"} without, ${b ? "ok" : "fails"} with the pre-pass`);
    else same++;
    continue;
  }
  const diffs: string[] = [];
  if (JSON.stringify(a.headers) !== JSON.stringify(b.headers)) diffs.push("headers");
  if (b.clipped) clipped++;
  else {
    if ((a.text ?? "") !== (b.text ?? "")) diffs.push("text");
    if ((a.html ?? "") !== (b.html ?? "")) diffs.push("html");
  }
  const names = (m: typeof a) => JSON.stringify(m.attachments.map((x) => [x.filename, x.mimeType, x.disposition]));
  if (names(a) !== names(b)) diffs.push("attachments");
  const om = b.attachments.filter((x) => omittedPart(x.content)).length;
  if (om) omittedFiles++;
  omittedParts += om;
  if (diffs.length) bad.push(`${file}: ${diffs.join(", ")} differ`);
  else same++;
}
console.log(`${files.length} files: ${same} parse the same, ${bad.length} differ; ${omittedParts} attachment bodies left out in ${omittedFiles} files; ${clipped} clipped`);
for (const line of bad.slice(0, 50)) console.log(`  ${line}`);
process.exitCode = bad.length ? 1 : 0;
