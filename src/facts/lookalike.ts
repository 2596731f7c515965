import type { CompiledRules } from "../rules/compile";
import { skeleton } from "../text/confusables";
import type { HostInfo } from "../text/host";

/**
 * A brand whose official label this host's label imitates: the same skeleton spelled differently
 * (amaz0n, arnazon, Cyrillic а, punycode), or — for labels of 6+ characters — one character
 * dropped, added or swapped (amazn, amazoon, micorsoft). Plain substitutions are left out on
 * purpose: they turn dictionary words into "lookalikes" (finance ↔ binance).
 */
export function findLookalike(rules: CompiledRules, info: HostInfo): number | undefined {
  const label = info.label;
  if (label.length < 4) return undefined;
  // One skeleton: the hyphenless one is the hyphenated one without its hyphens.
  const hyphened = skeleton(label, true);
  const sk = hyphened.includes("-") ? hyphened.replace(/-/g, "") : hyphened;
  const exact = rules.officialSkeletons.get(sk);
  if (exact !== undefined) return rules.officialLabels.has(label) ? undefined : exact;
  if (sk.length < 5) return undefined;
  const dropped = rules.lookalike.get(hyphened);
  if (dropped !== undefined) return dropped;
  // One character dropped (the first position, in the order deletions() lists them, whose deletion
  // spells an official skeleton of 6+), then two different neighbours swapped (likewise the first).
  return oneDeleted(rules, sk) ?? oneSwapped(rules, sk);
}

/**
 * The official skeletons by length, with their brands: the neighbours of a skeleton are compared with
 * the few of the right length where they stand, not spelled out one by one and looked up (each of
 * those a new string to build and hash).
 */
const skeletonsByLength = new WeakMap<CompiledRules, Map<number, [string, number][]>>();

function officialOfLength(rules: CompiledRules, length: number): [string, number][] {
  let byLength = skeletonsByLength.get(rules);
  if (!byLength) {
    byLength = new Map();
    for (const [key, b] of rules.officialSkeletons) {
      const list = byLength.get(key.length) ?? [];
      list.push([key, b]);
      byLength.set(key.length, list);
    }
    skeletonsByLength.set(rules, byLength);
  }
  return byLength.get(length) ?? [];
}

/**
 * The brand of the official skeleton (6+ long) that `sk` spells with one character more, deleting the
 * first position that does so. Deleting position i gives `key` when both agree before i and `key` from i
 * on is `sk` from i + 1 on: i is at most the first position p where they differ, and any i before p
 * works only inside the run of one character that ends at p. So the first such i for `key` is the start
 * of that run, and of all keys the one with the smallest such i is what deleting position by position
 * finds first (two keys cannot share it: deleting one position spells one string).
 */
function oneDeleted(rules: CompiledRules, sk: string): number | undefined {
  const n = sk.length - 1;
  if (n < 6) return undefined;
  return earliest(rules, n, (key) => {
    let p = 0;
    while (p < n && key.charCodeAt(p) === sk.charCodeAt(p)) p++;
    let q = p;
    while (q < n && key.charCodeAt(q) === sk.charCodeAt(q + 1)) q++;
    if (q < n) return -1;
    while (p > 0 && sk.charCodeAt(p - 1) === sk.charCodeAt(p)) p--;
    return p;
  });
}

/**
 * The brand of the official skeleton (6+ long) that `sk` spells with two different neighbours swapped,
 * the first such swap. Swapping i and i + 1 gives `key` only where they first differ (p = i, as the
 * two swapped characters differ), both swapped the other way round, and the rest the same.
 */
function oneSwapped(rules: CompiledRules, sk: string): number | undefined {
  const n = sk.length;
  if (n < 6) return undefined;
  return earliest(rules, n, (key) => {
    let p = 0;
    while (p < n && key.charCodeAt(p) === sk.charCodeAt(p)) p++;
    if (p + 1 >= n || key.charCodeAt(p) !== sk.charCodeAt(p + 1) || key.charCodeAt(p + 1) !== sk.charCodeAt(p)) return -1;
    let q = p + 2;
    while (q < n && key.charCodeAt(q) === sk.charCodeAt(q)) q++;
    return q < n ? -1 : p;
  });
}

/**
 * The brand of the official skeleton of `length` for which `at` gives the smallest edit position (-1: no
 * single edit spells it); the first listed wins a tie, as the edits are tried position by position.
 */
function earliest(rules: CompiledRules, length: number, at: (key: string) => number): number | undefined {
  let first = -1;
  let brand: number | undefined;
  for (const [key, b] of officialOfLength(rules, length)) {
    const p = at(key);
    if (p >= 0 && (first < 0 || p < first)) {
      first = p;
      brand = b;
    }
  }
  return brand;
}
