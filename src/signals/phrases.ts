import { reason, type ReasonCode } from "../reasons/catalogue";
import type { Phrase } from "../rules/schema";
import { officialBrand } from "../rules/compile";
import { hostsNamed } from "../facts/link-hosts";
import { domainFacts, senderBrand } from "../facts/domain-facts";
import { publicBodyHost } from "../facts/public-body";
import type { Signal, SignalContext } from "./types";
import { foldCompact } from "../text/normalize";
import type { CompiledRules } from "../rules/compile";

/** All phrases together add at most this much: pressure alone never outweighs a brand/domain mismatch. */
export const PHRASE_POINTS_CAP = 4;

const GROUPS = {
  pressure: ["urgency", "threat", "reward", "delivery"],
  asks_secrets: ["credential", "payment"],
  pushes_action: ["action"],
} as const satisfies Partial<Record<ReasonCode, readonly string[]>>;

/** Heaviest first, but one of each kind before a second of any: the quotes show a threat *and* a deadline. */
function interleaveKinds(sorted: Phrase[]): Phrase[] {
  const seen = new Set<string>();
  const first: Phrase[] = [];
  const rest: Phrase[] = [];
  for (const p of sorted) {
    (seen.has(p.kind) ? rest : first).push(p);
    seen.add(p.kind);
  }
  return [...first, ...rest];
}

/** The words' cap in a brand's own notice (ownNotice): below "suspicious" on their own. */
export const OWN_NOTICE_CAP = 2;

/**
 * A brand's own notice, as far as the mail shows: From the brand's official domain, and every link
 * to that brand's own sites or a mail service's tracker. Someone forging such a From gains nothing
 * through its links, and "sign in to review this activity" is how the brand's own alerts are worded,
 * so the words weigh less. (Links elsewhere with such a From: forged-official.ts.)
 * A public body's own notice the same way: From a domain only public bodies hold, every link to such
 * a domain or a mail service — a city's tax reminder says 督促, 滞納 and 差押え because that is
 * what it is about.
 */
function ownNotice({ original, rules, sender }: SignalContext): boolean {
  if (!sender || original.links.length === 0) return false;
  const brand = senderBrand(sender.facts);
  const publicBody = brand === undefined && publicBodyHost(sender.domain);
  if (brand === undefined && !publicBody) return false;
  const ours = publicBody
    ? (host: string) => publicBodyHost(host) || !!domainFacts(rules, host).mailService
    : (host: string) => officialBrand(rules, host) === brand || !!domainFacts(rules, host).mailService;
  // Every host the link names counts, the ones carried inside it too (a redirect on the brand's own
  // site: ebay.com/…?DomainUrl=http://elsewhere).
  return original.links.every((l) => {
    const hosts = hostsNamed(l.href);
    return hosts?.every(ours) ?? false;
  });
}


/**
 * The hits less any phrase found as part of a longer one found ("storage is full" inside "cloud storage is
 * full"): the same words, quoted once. (The points still count both: measured, counting once lost 3 phishing
 * mails' "dangerous" — "click here" inside "click here to update" — for no legitimate mail.)
 */
function withoutContained(rules: CompiledRules, hits: number[]): number[] {
  if (hits.length < 2) return hits;
  const texts = hits.map((id) => foldCompact(rules.phrases[id]!.text));
  return hits.filter((_, i) => !texts.some((t, j) => j !== i && t.length > texts[i]!.length && t.includes(texts[i]!)));
}

/** Pressure and credential phrases (found once by findPhrases), grouped and capped. */
export function phraseSignals(ctx: SignalContext): Signal[] {
  const { original, rules, phraseHits } = ctx;
  const out: Signal[] = [];
  if (original.truncated) out.push(reason("text_truncated", { chars: String(original.text.length) }));
  if (phraseHits.length === 0) return out;
  let budget = ownNotice(ctx) ? OWN_NOTICE_CAP : PHRASE_POINTS_CAP;
  const quoted = new Set(withoutContained(rules, phraseHits).map((id) => rules.phrases[id]!));
  for (const [code, kinds] of Object.entries(GROUPS) as [keyof typeof GROUPS, readonly string[]][]) {
    const phrases = interleaveKinds(
      phraseHits
        .map((id) => rules.phrases[id]!)
        .filter((p) => (kinds as readonly string[]).includes(p.kind))
        .sort((a, b) => b.weight - a.weight),
    );
    if (phrases.length === 0) continue;
    const sum = phrases.reduce((n, p) => n + p.weight, 0);
    const points = Math.min(sum, budget);
    // Past the cap a group adds nothing, and a reason that adds nothing is left out.
    if (points <= 0) continue;
    budget -= points;
    // (A group whose every phrase sits inside another group's still quotes its own.)
    const own = phrases.filter((p) => quoted.has(p));
    const shown = own.length ? own : phrases;
    out.push(reason(code, { phrases: shown.slice(0, 3).map((p) => p.text).join("\u0000"), count: String(shown.length) }, sum >= 3 ? "heavy" : "light", points));
  }
  return out;
}
