import { describe, expect, it } from "vitest";
import { applyPatch, PatchBodySchema, type PatchOp } from "../../src/admin/patch";
import { diffRules, summarize } from "../../src/admin/diff";
import { matchToken, parseAdminTokens } from "../../src/admin/auth";
import { etagMatches } from "../../src/admin/precondition";
import { PhraseSchema, RuleSetSchema, type RuleSet } from "../../src/rules/schema";
import { defaultRules } from "../../src/rules/default";

const base: RuleSet = RuleSetSchema.parse({
  brands: [
    { id: "amazon", names: { en: ["Amazon"], ja: ["アマゾン"] }, tokens: ["amazon"], domains: ["amazon.co.jp", "amazon.com"], category: "retail" },
    { id: "smbc", names: { en: ["SMBC"] }, domains: ["smbc.co.jp"], category: "bank" },
  ],
  phrases: [{ text: "アカウントを確認", lang: "ja", kind: "action", weight: 1 }],
  abusedTlds: ["ml", "tk"],
  allowDomains: [],
  blockDomains: [],
});

const ops = (body: unknown): PatchOp[] => PatchBodySchema.parse(body).ops;

describe("PATCH operations", () => {
  it("apply in order to a copy and describe each change", () => {
    const r = applyPatch(
      base,
      ops({
        ops: [
          { op: "add_domain", brand: "amazon", domain: "Amazon-Notice.example.JP." },
          { op: "remove_domain", brand: "amazon", domain: "amazon.com" },
          { op: "add_tld", tld: ".ZIP" },
          { op: "remove_tld", tld: "tk" },
          { op: "add_phrase", text: "24時間以内", lang: "ja", kind: "urgency", weight: 1.5 },
          { op: "add_allow_domain", domain: "mail.example.com" },
          { op: "add_block_domain", domain: "evil.example" },
          { op: "add_brand", brand: { id: "paypal", names: { en: ["PayPal"] }, domains: ["paypal.com"], category: "payment" } },
          { op: "remove_brand", brand: "smbc" },
        ],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changes).toEqual([
      "+domain amazon-notice.example.jp to amazon",
      "-domain amazon.com from amazon",
      "+tld zip",
      "-tld tk",
      '+phrase "24時間以内" (ja, urgency, 1.5)',
      "+allow mail.example.com",
      "+block evil.example",
      "+brand paypal",
      "-brand smbc",
    ]);
    expect(r.rules.brands.map((b) => b.id)).toEqual(["amazon", "paypal"]);
    expect(r.rules.brands[0]!.domains).toEqual(["amazon.co.jp", "amazon-notice.example.jp"]);
    expect(r.rules.abusedTlds).toEqual(["ml", "zip"]);
    expect(base.abusedTlds).toEqual(["ml", "tk"]); // the input is untouched
    expect(RuleSetSchema.safeParse(r.rules).success).toBe(true);
    // The summary the audit log shows, and the same changes seen as a diff of the two sets.
    expect(summarize("PATCH", r.changes.slice(0, 3))).toBe("PATCH: +domain amazon-notice.example.jp to amazon; -domain amazon.com from amazon; +tld zip");
    expect(diffRules(base, r.rules)).toEqual(expect.arrayContaining(["+domain amazon-notice.example.jp to amazon", "+brand paypal", "-brand smbc", "-tld tk"]));
  });

  it("adding what is there changes nothing; a phrase added again updates its weight", () => {
    const r = applyPatch(
      base,
      ops({
        ops: [
          { op: "add_domain", brand: "amazon", domain: "amazon.co.jp" },
          { op: "add_tld", tld: "ml" },
          { op: "add_phrase", text: "アカウント を 確認", lang: "ja", kind: "credential", weight: 2 },
        ],
      }),
    );
    expect(r).toMatchObject({ ok: true, changes: ['~phrase "アカウントを確認" (ja, action→credential, 1→2)'] });
    if (r.ok) expect(r.rules.phrases).toEqual([{ text: "アカウントを確認", lang: "ja", kind: "credential", weight: 2 }]);
  });

  it("an op naming a missing brand, domain, phrase or list entry is an issue at ops.<index>.<field>; every op is tried", () => {
    const r = applyPatch(
      base,
      ops({
        ops: [
          { op: "add_tld", tld: "zip" },
          { op: "add_domain", brand: "amazn", domain: "x.example" },
          { op: "remove_domain", brand: "amazon", domain: "amazon.de" },
          { op: "remove_phrase", text: "nothing like this" },
          { op: "remove_block_domain", domain: "evil.example" },
          { op: "add_brand", brand: { id: "smbc", names: { en: ["SMBC"] }, domains: ["smbc.jp"], category: "bank" } },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(["ops.1.brand", "ops.2.domain", "ops.3.text", "ops.4.domain", "ops.5.brand.id"]);
    expect(r.issues[0]!.message).toBe('op 1 (add_domain): no brand "amazn"');
  });

  it("the op schema refuses unknown ops and bad host names, naming the field", () => {
    const bad = PatchBodySchema.safeParse({ ops: [{ op: "add_tld", tld: "zip" }, { op: "add_domain", brand: "amazon", domain: "not a host" }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(["ops.1.domain"]);
    expect(PatchBodySchema.safeParse({ ops: [] }).success).toBe(false);
    expect(PatchBodySchema.safeParse({ ops: [{ op: "drop_table" }] }).success).toBe(false);
  });
});

describe("admin tokens", () => {
  it("one bare token is labelled admin; label:token lists name each; short or malformed entries are ignored", () => {
    expect(parseAdminTokens("0123456789abcdef")).toEqual([{ label: "admin", token: "0123456789abcdef" }]);
    expect(parseAdminTokens(" alice:aaaaaaaaaaaaaaaa , ci-bot:bbbbbbbbbbbbbbbb ")).toEqual([
      { label: "alice", token: "aaaaaaaaaaaaaaaa" },
      { label: "ci-bot", token: "bbbbbbbbbbbbbbbb" },
    ]);
    expect(parseAdminTokens(undefined)).toEqual([]);
    expect(parseAdminTokens("")).toEqual([]);
    expect(parseAdminTokens("tooshort")).toEqual([]);
    expect(parseAdminTokens("bad label:cccccccccccccccc,ok:dddddddddddddddd")).toEqual([{ label: "ok", token: "dddddddddddddddd" }]);
  });

  it("matches in constant time against every entry and returns the label", async () => {
    const tokens = parseAdminTokens("alice:aaaaaaaaaaaaaaaa,bob:bbbbbbbbbbbbbbbb");
    expect(await matchToken(tokens, "bbbbbbbbbbbbbbbb")).toBe("bob");
    expect(await matchToken(tokens, "bbbbbbbbbbbbbbb")).toBeNull();
    expect(await matchToken(tokens, "bob:bbbbbbbbbbbbbbbb")).toBeNull();
  });
});

describe("If-Match", () => {
  it("strong comparison, quotes optional, lists allowed, weak tags never match", () => {
    expect(etagMatches('"v3-abc"', '"v3-abc"')).toBe(true);
    expect(etagMatches("v3-abc", '"v3-abc"')).toBe(true);
    expect(etagMatches('"v2-xyz", "v3-abc"', '"v3-abc"')).toBe(true);
    expect(etagMatches('W/"v3-abc"', '"v3-abc"')).toBe(false);
    expect(etagMatches('"v2-abc"', '"v3-abc"')).toBe(false);
    expect(etagMatches("*", '"v3-abc"')).toBe(false);
  });
});

describe("phrase languages", () => {
  const phrase = (lang: string) => ({ text: "gratis spins", lang, kind: "reward", weight: 1 });
  it("Dutch and Italian phrases are accepted alongside ja/en/pt/es/de/fr", () => {
    for (const lang of ["ja", "en", "pt", "es", "de", "fr", "nl", "it"]) expect(PhraseSchema.safeParse(phrase(lang)).success, lang).toBe(true);
  });
  it("an unknown language is refused", () => {
    expect(PhraseSchema.safeParse(phrase("xx")).success).toBe(false);
  });
});

describe("mail-service list (click trackers of ESPs)", () => {
  it("add_mail_service / remove_mail_service edit rules.mailServices, normalised, and the diff names them", () => {
    const r = applyPatch(base, ops({ ops: [{ op: "add_mail_service", domain: "Trk.Example-ESP.net." }] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rules.mailServices).toEqual(["trk.example-esp.net"]);
    expect(r.changes).toEqual(["+mail-service trk.example-esp.net"]);
    expect(diffRules(base, r.rules)).toEqual(["+mail-service trk.example-esp.net"]);
    const back = applyPatch(r.rules, ops({ ops: [{ op: "remove_mail_service", domain: "trk.example-esp.net" }] }));
    expect(back.ok && back.rules.mailServices).toEqual([]);
  });

  it("removing one that is not listed is an issue at its field; a bad host name is refused by the schema", () => {
    const r = applyPatch(base, ops({ ops: [{ op: "remove_mail_service", domain: "sendgrid.net" }] }));
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(["ops.0.domain"]);
    const bad = PatchBodySchema.safeParse({ ops: [{ op: "add_mail_service", domain: "not a host" }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(["ops.0.domain"]);
  });

  it("the bundled packs list the common ESP trackers, and a rule set without the field gets an empty list", () => {
    expect(defaultRules().mailServices).toEqual(expect.arrayContaining(["sendgrid.net", "list-manage.com", "klclick.com", "exct.net", "cuenote.jp", "qualtrics.com"]));
    expect(RuleSetSchema.parse({ brands: [], phrases: [], abusedTlds: [] }).mailServices).toEqual([]);
  });
});
