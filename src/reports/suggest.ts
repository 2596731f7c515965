import { getDomain } from "tldts";
import { officialBrand, suffixIn, type CompiledRules } from "../rules/compile";
import { BrandSchema } from "../rules/schema";

/** A PATCH /admin/rules op (src/admin/patch.ts) that blocks a domain. */
export type BlockOp = { op: "add_block_domain"; domain: string };

const host = BrandSchema.shape.domains.element;

/**
 * The PATCH /admin/rules ops that would block a campaign: add_block_domain for its sender's
 * domain and its link domains — never for a domain the rules know as someone's real or shared
 * one (a brand's official domain, a vouched-for domain, a free mailbox provider, a hosting
 * platform itself, a URL shortener), nor for one already blocked. A freemail sender is not
 * blockable; its links may be.
 */
export function suggestOps(senderDomain: string | null, linkDomains: string[], rules: CompiledRules): BlockOp[] {
  const out: BlockOp[] = [];
  const seen = new Set<string>();
  for (const raw of [senderDomain, ...linkDomains]) {
    if (!raw) continue;
    const d = (getDomain(raw, { allowPrivateDomains: true }) ?? raw).toLowerCase();
    if (seen.has(d)) continue;
    seen.add(d);
    if (!blockable(d, rules)) continue;
    const parsed = host.safeParse(d);
    if (parsed.success) out.push({ op: "add_block_domain", domain: parsed.data });
  }
  return out;
}

function blockable(d: string, rules: CompiledRules): boolean {
  if (officialBrand(rules, d) !== undefined) return false;
  if (suffixIn(rules.allow, d) || suffixIn(rules.freemail, d) || suffixIn(rules.shorteners, d) || suffixIn(rules.block, d)) return false;
  // The platform itself (web.app), not a site on it (evil.web.app).
  if (rules.hosting.has(d)) return false;
  return true;
}
