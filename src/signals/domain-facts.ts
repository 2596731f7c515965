import { officialBrand, suffixIn, type CompiledRules } from "../rules/compile";
import { deletions, hostInfo, skeleton, type HostInfo } from "./domain";

/** What the rules say about one host name; shared by the sender and link signals. */
export type DomainFacts = {
  info: HostInfo;
  /** Brand whose official domain covers the host. */
  official?: number;
  allowed: boolean;
  blocked: boolean;
  /** A mailbox provider where anyone can open an address: as a sender, it is nobody in particular. */
  freemail: boolean;
  /** Brand the host imitates by spelling (amaz0n-co-jp, arnazon, xn--…). */
  lookalike?: number;
  /** Brand whose token sits inside this foreign host (emailamazoncojp.cf, amazon.co.jp.example.ml). */
  brandToken?: { brand: number; token: string };
  abusedTld: boolean;
  hosting?: string;
  shortener: boolean;
};

function splitParts(label: string): string[] {
  return label.split(/[-_]/).filter(Boolean);
}

function findToken(rules: CompiledRules, info: HostInfo): { brand: number; token: string } | undefined {
  // Every label of the host but the public suffix: brand names in subdomains count too.
  const labels = info.host.slice(0, Math.max(0, info.host.length - info.suffix.length - 1)).split(".");
  for (const label of labels) {
    for (const part of [label, ...splitParts(label)]) {
      const b = rules.shortTokens.get(part);
      if (b !== undefined) return { brand: b, token: part };
    }
    let hit: { brand: number; token: string } | undefined;
    rules.tokenMatcher.scan(label, (id, end) => {
      hit ??= { brand: rules.tokenBrand[id]!, token: label.slice(end - rules.tokenMatcher.patternLength(id), end) };
    });
    if (hit) return hit;
  }
  return undefined;
}

function swaps(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) if (s[i] !== s[i + 1]) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  return out;
}

/**
 * A brand whose official label this host's label imitates: the same skeleton spelled differently
 * (amaz0n, arnazon, Cyrillic а, punycode), or — for labels of 6+ characters — one character
 * dropped, added or swapped (amazn, amazoon, micorsoft). Plain substitutions are left out on
 * purpose: they turn dictionary words into "lookalikes" (finance ↔ binance).
 */
function findLookalike(rules: CompiledRules, info: HostInfo): number | undefined {
  const label = info.label;
  if (label.length < 4) return undefined;
  const sk = skeleton(label);
  const exact = rules.officialSkeletons.get(sk);
  if (exact !== undefined) return rules.officialLabels.has(label) ? undefined : exact;
  if (sk.length < 5) return undefined;
  const dropped = rules.lookalike.get(sk);
  if (dropped) for (const b of dropped) return b;
  for (const key of [...deletions(sk), ...swaps(sk)]) {
    if (key.length < 6) continue;
    const b = rules.officialSkeletons.get(key);
    if (b !== undefined) return b;
  }
  return undefined;
}

export function domainFacts(rules: CompiledRules, host: string): DomainFacts {
  const info = hostInfo(host);
  const official = officialBrand(rules, info.host);
  const allowed = official !== undefined || suffixIn(rules.allow, info.host) !== undefined;
  const facts: DomainFacts = {
    info,
    official,
    allowed,
    blocked: suffixIn(rules.block, info.host) !== undefined,
    freemail: rules.freemail.has(info.host) || rules.freemail.has(info.domain),
    abusedTld: rules.abusedTlds.has(info.tld) || (info.suffix !== info.tld && rules.abusedTlds.has(info.suffix)),
    hosting: suffixIn(rules.hosting, info.host),
    shortener: suffixIn(rules.shorteners, info.host) !== undefined,
  };
  if (!allowed && !info.isIp) {
    facts.brandToken = findToken(rules, info);
    if (facts.brandToken === undefined) facts.lookalike = findLookalike(rules, info);
  }
  return facts;
}

/** The brand a sender at this host really is: none for free mailboxes, whoever's domain it is. */
export function senderBrand(f: DomainFacts): number | undefined {
  return f.freemail ? undefined : f.official;
}

/** Brand a host pretends to be (lookalike or token), if any. */
export function imitatedBrand(f: DomainFacts): number | undefined {
  return f.lookalike ?? f.brandToken?.brand;
}
