import { DIGIT_LETTER, latinLookalikes } from "../text/confusables";
import { hostInfo, readableLabel } from "../text/host";

/**
 * How a lookalike address differs from the real one, in terms a reader can check with their own
 * eyes: "paypa1" has the digit 1 where "paypal" has the letter l. The result is a list of small
 * facts (encoded as `kind:a:b`, joined by "|") that src/reply/trick-words.ts turns into words in each language.
 *
 *   digit:1:l      the digit 1 stands where the real address has the letter l
 *   letter:i:l     the letter i stands where the real address has l
 *   letters:rn:m   two letters (rn) stand for one (m)
 *   script:а:a:cyrillic|greek   a foreign letter that looks like a Latin one
 *   styled         decorated letters (𝗲𝗯𝗮𝘆) that only look like ordinary ones
 *   word:resolution  an added word
 *   hyphen         an added hyphen
 *   added:o        an added letter
 *   missing:l      a letter (or a few) left out
 *   swap:or:ro     two letters swapped
 *   ending:biz:com.br  a different ending
 *   similar        spelled almost the same (no simpler description found)
 */
export type Trick = { real: string; trick: string };

/**
 * Edit distances between `a` (the fake label) and `b` (the real one); with `free`, characters the
 * fake adds before or after the real name cost nothing (semi-global: "paypa1-resolution" ⊃ "paypa1").
 */
function distances(a: string[], b: string[], free: boolean): number[][] {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [free ? 0 : i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d;
}

/** The cheapest way to read the real label inside the fake one: its cost and where in the fake it ends. */
function bestFit(a: string[], b: string[]): { cost: number; end: number } {
  const d = distances(a, b, true);
  let end = a.length;
  for (let i = 0; i <= a.length; i++) if (d[i]![b.length]! < d[end]![b.length]!) end = i;
  return { cost: d[end]![b.length]!, end };
}

type Edit = { op: "same" | "sub" | "ins" | "del"; a: string; b: string };

/** The edits that turn `fake` into `real` (ins: a character only the fake has; del: one only the real has); added text around the real name counts as insertions. */
function edits(raw: string[], real: string[]): Edit[] {
  const fake = raw.map((c) => DIGIT_LETTER[c] ?? c);
  const d = distances(fake, real, true);
  const { end } = bestFit(fake, real);
  const out: Edit[] = raw.slice(end).reverse().map((c) => ({ op: "ins" as const, a: c, b: "" }));
  let i = end;
  let j = real.length;
  while (i > 0 || j > 0) {
    if (j === 0) {
      out.push({ op: "ins", a: raw[i - 1]!, b: "" });
      i--;
    } else if (i > 0 && d[i]![j] === d[i - 1]![j - 1]! + (fake[i - 1] === real[j - 1] ? 0 : 1)) {
      out.push({ op: raw[i - 1] === real[j - 1] ? "same" : "sub", a: raw[i - 1]!, b: real[j - 1]! });
      i--;
      j--;
    } else if (i > 0 && d[i]![j] === d[i - 1]![j]! + 1) {
      out.push({ op: "ins", a: raw[i - 1]!, b: "" });
      i--;
    } else {
      out.push({ op: "del", a: "", b: real[j - 1]! });
      j--;
    }
  }
  return out.reverse();
}

const PAIRS: [string, string][] = [["rn", "m"], ["vv", "w"], ["cl", "d"]];

/** Describes how `fakeLabel` differs from `realLabel` (both single labels, lower case). */
function labelTricks(shown: string, realLabel: string): string[] {
  const facts: string[] = [];
  const chars = [...shown];
  const plain = chars.map((c) => c.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).join("").toLowerCase();
  if (plain !== shown.toLowerCase() && /[^\x00-\x7f]/.test(shown) && !/[\u0370-\u04ff]/.test(shown)) facts.push("styled");
  for (const c of new Set([...plain])) {
    const latin = latinLookalikes(c);
    if (latin !== c) facts.push(`script:${c}:${latin.toLowerCase()}:${/[\u0400-\u04ff]/.test(c) ? "cyrillic" : "greek"}`);
  }
  let fake = latinLookalikes(plain).toLowerCase();
  for (const [two, one] of PAIRS) {
    if (!fake.includes(two) || realLabel.includes(two)) continue;
    const swapped = fake.replace(two, one);
    if (bestFit([...swapped], [...realLabel]).cost < bestFit([...fake], [...realLabel]).cost) {
      facts.push(`letters:${two}:${one}`);
      fake = swapped;
    }
  }
  const list = edits([...fake], [...realLabel]);
  const changes: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const e = list[k]!;
    if (e.op === "same") continue;
    if (e.op === "sub") {
      const next = list[k + 1];
      if (next?.op === "sub" && next.a === e.b && next.b === e.a) {
        changes.push(`swap:${e.b}${e.a}:${e.a}${e.b}`);
        k++;
      } else changes.push(/[0-9]/.test(e.a) ? `digit:${e.a}:${e.b}` : `letter:${e.a}:${e.b}`);
      continue;
    }
    // A run of added (or left-out) characters reads as one change: "-resolution", "t-".
    let run = "";
    const op = e.op;
    while (k < list.length && list[k]!.op === op) run += op === "ins" ? list[k++]!.a : list[k++]!.b;
    k--;
    const word = run.replace(/^[-_.]+|[-_.]+$/g, "");
    if (op === "del") changes.push(`missing:${run}`);
    else if (!word) changes.push("hyphen");
    else if (word.length >= 3) changes.push(`word:${word}`);
    else changes.push(`added:${run}`);
  }
  // Many small changes at once are no longer a recognisable trick: say it is spelled almost the same.
  if (changes.length > 3) return [...facts, "similar"];
  return [...facts, ...changes];
}

/**
 * The official domain `host` imitates (of `officials`, the brand's domains) and how it differs.
 * The closest official label wins; among equals, one with the same ending.
 */
export function lookalikeTrick(host: string, officials: string[]): Trick | undefined {
  const info = hostInfo(host);
  if (!info.label || officials.length === 0) return undefined;
  const shown = readableLabel(info.label.split(".").pop()!);
  const suffix = info.suffix.normalize("NFKC").toLowerCase();
  const folded = latinLookalikes(shown.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")).toLowerCase().replace(/[0-9]/g, (c) => DIGIT_LETTER[c] ?? c);
  let best: { d: string; label: string; suffix: string; cost: number } | undefined;
  for (const d of officials) {
    const o = hostInfo(d);
    if (o.label.length < 4 || o.label.includes(".")) continue;
    // Closest spelling first; then an ending the fake spells out in its name (amazon-co-jp), then the same ending.
    const spelled = folded.includes(o.suffix.replace(/\./g, "-")) ? 0 : 1;
    const cost = bestFit([...folded], [...o.label]).cost * 4 + spelled * 2 + (o.suffix === suffix ? 0 : 1);
    if (!best || cost < best.cost) best = { d: o.domain, label: o.label, suffix: o.suffix, cost };
  }
  if (!best) return undefined;
  const facts = best.label === folded && shown === folded ? [] : labelTricks(shown, best.label);
  if (suffix !== best.suffix) facts.push(`ending:${suffix}:${best.suffix}`);
  return { real: best.d, trick: (facts.length ? facts : ["similar"]).join("|") };
}
