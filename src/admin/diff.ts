import { foldCompact } from "../text/normalize";
import type { RuleSet } from "../rules/schema";

/**
 * What changed between two rule sets, in the words of the audit log ("+domain x to amazon",
 * "-tld zip", "~brand paypal"): used for PUT and rollback summaries, and the validate preview.
 */
export function diffRules(before: RuleSet, after: RuleSet): string[] {
  const out: string[] = [];
  const oldBrands = new Map(before.brands.map((b) => [b.id, b]));
  const newBrands = new Map(after.brands.map((b) => [b.id, b]));
  for (const [id, b] of newBrands) {
    const old = oldBrands.get(id);
    if (!old) {
      out.push(`+brand ${id}`);
      continue;
    }
    const oldDomains = new Set(old.domains);
    const newDomains = new Set(b.domains);
    for (const d of b.domains) if (!oldDomains.has(d)) out.push(`+domain ${d} to ${id}`);
    for (const d of old.domains) if (!newDomains.has(d)) out.push(`-domain ${d} from ${id}`);
    const rest = (x: typeof b) => JSON.stringify([x.names, x.tokens, x.category, x.shortNames ?? [], x.notNames ?? []]);
    if (rest(old) !== rest(b)) out.push(`~brand ${id}`);
  }
  for (const id of oldBrands.keys()) if (!newBrands.has(id)) out.push(`-brand ${id}`);

  const phraseKey = (p: RuleSet["phrases"][number]) => `${p.lang}:${foldCompact(p.text)}`;
  const oldPhrases = new Map(before.phrases.map((p) => [phraseKey(p), p]));
  const newPhrases = new Map(after.phrases.map((p) => [phraseKey(p), p]));
  for (const [k, p] of newPhrases) {
    const old = oldPhrases.get(k);
    if (!old) out.push(`+phrase "${p.text}"`);
    else if (old.kind !== p.kind || old.weight !== p.weight) out.push(`~phrase "${p.text}"`);
  }
  for (const [k, p] of oldPhrases) if (!newPhrases.has(k)) out.push(`-phrase "${p.text}"`);

  const lists: [keyof RuleSet & ("abusedTlds" | "allowDomains" | "blockDomains" | "hostingSuffixes" | "shorteners" | "mailServices" | "freemailDomains"), string][] = [
    ["abusedTlds", "tld"],
    ["allowDomains", "allow"],
    ["blockDomains", "block"],
    ["hostingSuffixes", "hosting"],
    ["shorteners", "shortener"],
    ["mailServices", "mail-service"],
    ["freemailDomains", "freemail"],
  ];
  for (const [field, label] of lists) {
    const a = new Set(before[field]);
    const b = new Set(after[field]);
    for (const v of b) if (!a.has(v)) out.push(`+${label} ${v}`);
    for (const v of a) if (!b.has(v)) out.push(`-${label} ${v}`);
  }
  return out;
}

/** "PATCH: +domain x to amazon; +tld zip" — at most `max` items, then "… and N more". */
export function summarize(action: string, changes: string[], max = 20): string {
  if (changes.length === 0) return `${action}: no change`;
  const shown = changes.slice(0, max).join("; ");
  return `${action}: ${shown}${changes.length > max ? `; … and ${changes.length - max} more` : ""}`;
}
