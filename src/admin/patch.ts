import { z } from "zod";
import { foldCompact } from "../text/normalize";
import { BrandSchema, PhraseSchema, RuleSetSchema, type RuleSet } from "../rules/schema";
import type { Issue } from "./errors";

/**
 * PATCH /admin/rules: small edits to the active rule set as a list of operations, applied in
 * order to a copy. Field schemas are RuleSetSchema's own (host names and TLDs are normalised the
 * same way); the result is checked by RuleSetSchema and ruleSetProblems() before anything is stored.
 */

const host = BrandSchema.shape.domains.element;
const tld = RuleSetSchema.shape.abusedTlds.element;
const brandId = BrandSchema.shape.id;

/** `"confirm": "weakens_detection"`: the request means a change that makes a bundled phishing sample no longer dangerous. */
export const ConfirmSchema = z.literal("weakens_detection");

const op = <T extends string>(name: T) => z.literal(name);

export const PatchOpSchema = z.discriminatedUnion("op", [
  z.object({ op: op("add_brand"), brand: BrandSchema }).describe("Add a brand (its id must be new)."),
  z.object({ op: op("remove_brand"), brand: brandId }).describe("Remove a brand by id."),
  z.object({ op: op("add_domain"), brand: brandId, domain: host }).describe("Add an official domain to a brand (no-op if listed)."),
  z.object({ op: op("remove_domain"), brand: brandId, domain: host }).describe("Remove an official domain from a brand."),
  PhraseSchema.extend({ op: op("add_phrase") }).describe("Add a phrase, or change the kind and weight of the same text in the same language."),
  z
    .object({ op: op("remove_phrase"), text: PhraseSchema.shape.text, lang: PhraseSchema.shape.lang.optional() })
    .describe("Remove a phrase (compared after normalisation; every language unless lang is given)."),
  z.object({ op: op("add_tld"), tld }).describe("Add an abused TLD."),
  z.object({ op: op("remove_tld"), tld }).describe("Remove an abused TLD."),
  z.object({ op: op("add_allow_domain"), domain: host }).describe("Vouch for a domain: never reported as a lookalike or foreign brand domain."),
  z.object({ op: op("remove_allow_domain"), domain: host }),
  z.object({ op: op("add_block_domain"), domain: host }).describe("A known phishing domain: a sender or link there is dangerous on its own."),
  z.object({ op: op("remove_block_domain"), domain: host }),
  z.object({ op: op("add_hosting_suffix"), domain: host }).describe("A free hosting suffix where anyone can publish (web.app)."),
  z.object({ op: op("remove_hosting_suffix"), domain: host }),
  z.object({ op: op("add_shortener"), domain: host }).describe("A URL shortener (bit.ly)."),
  z.object({ op: op("remove_shortener"), domain: host }),
  z
    .object({ op: op("add_mail_service"), domain: host })
    .describe("A mail-sending service whose click trackers carry senders' links (sendgrid.net): not a link that goes elsewhere."),
  z.object({ op: op("remove_mail_service"), domain: host }),
  z.object({ op: op("add_freemail_domain"), domain: host }).describe("A mailbox provider where anyone can open an address (gmail.com)."),
  z.object({ op: op("remove_freemail_domain"), domain: host }),
]);

/** A PATCH body: `{"ops": [...]}`, applied in order. (A function so the OpenAPI document can name the op schema.) */
export const patchBodyOf = <T extends z.ZodType>(opSchema: T) => z.object({ ops: z.array(opSchema).min(1).max(500), confirm: ConfirmSchema.optional() });
export const PatchBodySchema = patchBodyOf(PatchOpSchema);

export type PatchOp = z.infer<typeof PatchOpSchema>;
export type PatchBody = z.infer<typeof PatchBodySchema>;

type ListField = "abusedTlds" | "allowDomains" | "blockDomains" | "hostingSuffixes" | "shorteners" | "mailServices" | "freemailDomains";
const LISTS: Record<string, { field: ListField; add: boolean; label: string }> = {
  add_tld: { field: "abusedTlds", add: true, label: "tld" },
  remove_tld: { field: "abusedTlds", add: false, label: "tld" },
  add_allow_domain: { field: "allowDomains", add: true, label: "allow" },
  remove_allow_domain: { field: "allowDomains", add: false, label: "allow" },
  add_block_domain: { field: "blockDomains", add: true, label: "block" },
  remove_block_domain: { field: "blockDomains", add: false, label: "block" },
  add_hosting_suffix: { field: "hostingSuffixes", add: true, label: "hosting" },
  remove_hosting_suffix: { field: "hostingSuffixes", add: false, label: "hosting" },
  add_shortener: { field: "shorteners", add: true, label: "shortener" },
  remove_shortener: { field: "shorteners", add: false, label: "shortener" },
  add_mail_service: { field: "mailServices", add: true, label: "mail-service" },
  remove_mail_service: { field: "mailServices", add: false, label: "mail-service" },
  add_freemail_domain: { field: "freemailDomains", add: true, label: "freemail" },
  remove_freemail_domain: { field: "freemailDomains", add: false, label: "freemail" },
};

export type PatchResult = { ok: true; rules: RuleSet; changes: string[] } | { ok: false; issues: Issue[] };

/**
 * Applies the operations in order to a copy of `base`. Adding what is already there changes
 * nothing; removing what is not there, or naming a brand that does not exist, is an issue at
 * `ops.<index>.<field>`. Every op is tried, so one answer lists every problem.
 */
export function applyPatch(base: RuleSet, ops: PatchOp[]): PatchResult {
  const rules = structuredClone(base);
  const changes: string[] = [];
  const issues: Issue[] = [];
  const fail = (i: number, field: string, message: string) => issues.push({ path: `ops.${i}.${field}`, message: `op ${i} (${ops[i]!.op}): ${message}` });
  const brandIndex = (id: string) => rules.brands.findIndex((b) => b.id === id);

  /** Applies one op; a problem is recorded by fail() and ends that op. */
  const apply = (o: PatchOp, i: number) => {
    switch (o.op) {
      case "add_brand": {
        if (brandIndex(o.brand.id) >= 0) return fail(i, "brand.id", `brand "${o.brand.id}" already exists (use add_domain, or PUT the whole set)`);
        rules.brands.push(o.brand);
        changes.push(`+brand ${o.brand.id}`);
        return;
      }
      case "remove_brand": {
        const b = brandIndex(o.brand);
        if (b < 0) return fail(i, "brand", `no brand "${o.brand}"`);
        rules.brands.splice(b, 1);
        changes.push(`-brand ${o.brand}`);
        return;
      }
      case "add_domain":
      case "remove_domain": {
        const b = brandIndex(o.brand);
        if (b < 0) return fail(i, "brand", `no brand "${o.brand}"`);
        const domains = rules.brands[b]!.domains;
        const at = domains.indexOf(o.domain);
        if (o.op === "add_domain") {
          if (at < 0) {
            domains.push(o.domain);
            changes.push(`+domain ${o.domain} to ${o.brand}`);
          }
        } else {
          if (at < 0) return fail(i, "domain", `"${o.domain}" is not an official domain of "${o.brand}"`);
          domains.splice(at, 1);
          changes.push(`-domain ${o.domain} from ${o.brand}`);
        }
        return;
      }
      case "add_phrase": {
        const key = foldCompact(o.text);
        const { op: _op, ...phrase } = o;
        const at = rules.phrases.findIndex((p) => p.lang === o.lang && foldCompact(p.text) === key);
        if (at < 0) {
          rules.phrases.push(phrase);
          changes.push(`+phrase "${o.text}" (${o.lang}, ${o.kind}, ${o.weight})`);
        } else {
          const old = rules.phrases[at]!;
          if (old.kind !== o.kind || old.weight !== o.weight) {
            rules.phrases[at] = { ...old, kind: o.kind, weight: o.weight };
            changes.push(`~phrase "${old.text}" (${o.lang}, ${old.kind}→${o.kind}, ${old.weight}→${o.weight})`);
          }
        }
        return;
      }
      case "remove_phrase": {
        const key = foldCompact(o.text);
        const before = rules.phrases.length;
        rules.phrases = rules.phrases.filter((p) => !(foldCompact(p.text) === key && (o.lang === undefined || p.lang === o.lang)));
        if (rules.phrases.length === before) return fail(i, "text", `no phrase "${o.text}"${o.lang ? ` in ${o.lang}` : ""}`);
        changes.push(`-phrase "${o.text}"`);
        return;
      }
      default: {
        const spec = LISTS[o.op]!;
        const value = "tld" in o ? o.tld : o.domain;
        const list = rules[spec.field];
        const at = list.indexOf(value);
        if (spec.add) {
          if (at < 0) {
            list.push(value);
            changes.push(`+${spec.label} ${value}`);
          }
        } else {
          if (at < 0) return fail(i, "tld" in o ? "tld" : "domain", `"${value}" is not in ${spec.field}`);
          list.splice(at, 1);
          changes.push(`-${spec.label} ${value}`);
        }
        return;
      }
    }
  };
  for (const [i, o] of ops.entries()) apply(o, i);
  return issues.length ? { ok: false, issues } : { ok: true, rules, changes };
}
