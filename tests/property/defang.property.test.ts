/**
 * Property: a reply never carries an active link to anything the mail contained. For mails whose
 * subject, sender name and address, links, link texts and body are full of URLs, domains,
 * addresses, HTML tags and `javascript:` — forwarded inline, as an attachment (twice) or sent on
 * directly — the reply's text part, HTML part and Subject header contain no http(s)://, no www.,
 * no javascript:, no undefanged domain of the mail, no tag but our own, no raw tag in text.
 */
import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/check";
import { handleEmail, type EmailDeps, type IncomingEmail } from "../../src/handle-email";
import { composeReply, type ReplySubject } from "../../src/reply/compose";
import { buildReplyMime } from "../../src/reply/mime";
import { activeRules } from "../../src/rules/store";
import type { Signal } from "../../src/signals/types";
import { REASON_CODES } from "../../src/reasons/catalogue";
import { score } from "../../src/verdict/score";
import { FakeMessage } from "../fake-message";
import { domainArb, generatedMailArb, replyProblems, type ReplyParts } from "./arbitraries";
import { runs } from "../runs";
import { SEED } from "./seeds";

async function replyParts(raw: string): Promise<ReplyParts> {
  const mail = await PostalMime.parse(raw);
  return { subject: mail.subject ?? "", text: mail.text ?? "", html: mail.html ?? "" };
}

async function handle(bytes: Uint8Array, extra: Partial<EmailDeps> = {}) {
  const sent: string[] = [];
  const msg = new FakeMessage(bytes, "taro.yamada@example.jp");
  const outcome = await handleEmail(msg as unknown as IncomingEmail, {
    rules: () => activeRules(undefined),
    sendReply: async (raw) => void sent.push(raw),
    log: () => undefined,
    ...extra,
  });
  return { outcome, sent };
}

/** Every parameter the reason sentences read (p.key in the catalogue's topic files and the reply's kit), found in their source. */
const messagesSource = Object.values(import.meta.glob<string>(["../../src/reasons/*.ts", "../../src/reply/reasons.ts"], { query: "?raw", import: "default", eager: true })).join("\n");
const PARAM_KEYS = [...new Set([...messagesSource.matchAll(/\bp\.([a-zA-Z]+)|\(p, "([a-zA-Z]+)"\)|\bk = "([a-zA-Z]+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]!))];

/** Parameters for a reason: rule data where rule data goes, one of the mail's domains for domains, hostile text for the rest. */
function paramsArb(domains: string[], hostileText: fc.Arbitrary<string>): fc.Arbitrary<Record<string, string>> {
  const domain = fc.constantFrom(...domains);
  const fixed: Record<string, fc.Arbitrary<string>> = {
    brand: fc.constant("Amazon"),
    token: fc.constant("amazon"),
    tld: fc.constantFrom("ml", "tk"),
    place: fc.constantFrom("logo", "subject", "display_name"),
    count: fc.constantFrom("1", "3"),
    chars: fc.constant("200000"),
    domain,
    targetDomain: domain,
    shown: domain,
    platform: domain,
    phrases: fc.array(hostileText, { maxLength: 3 }).map((p) => p.join("\u0000")),
  };
  return fc.record(Object.fromEntries(PARAM_KEYS.map((k) => [k, fixed[k] ?? hostileText])));
}

describe("property: nothing in a reply is clickable or active", () => {
  it("the reason sentences' parameters were found", () => {
    expect(PARAM_KEYS).toEqual(expect.arrayContaining(["address", "url", "domain", "name", "file", "phrases"]));
  });

  it("verdict replies to hostile mails (text, HTML, Subject header)", async () => {
    let verdicts = 0;
    const numRuns = runs(60);
    await fc.assert(
      fc.asyncProperty(generatedMailArb(), async (c) => {
        const { outcome, sent } = await handle(c.bytes);
        expect(outcome.action).toBe("reply");
        expect(sent).toHaveLength(1);
        const reply = await replyParts(sent[0]!);
        expect(replyProblems(reply, c.domains), c.steps.join(" | ")).toEqual([]);
        if (outcome.action === "reply" && outcome.verdict !== "unreadable") verdicts++;
      }),
      { seed: SEED + 2, numRuns, endOnFailure: true },
    );
    // The generator makes real verdicts, not only "unreadable" (which quotes nothing): most of them.
    expect(verdicts).toBeGreaterThan(numRuns / 2);
  }, 120_000);

  it("the size and too-many notices, which quote the forward's Subject", async () => {
    await fc.assert(
      fc.asyncProperty(generatedMailArb(), fc.boolean(), async (c, tooBig) => {
        const { sent } = await handle(
          c.bytes,
          tooBig ? { maxBytes: 10 } : { limiter: { limit: async () => ({ success: false }) }, memo: { firstTime: async () => true } },
        );
        expect(sent).toHaveLength(1);
        expect(replyProblems(await replyParts(sent[0]!), c.domains)).toEqual([]);
      }),
      { seed: SEED + 3, numRuns: runs(25), endOnFailure: true },
    );
  }, 60_000);

  it("every reason the verdict can give, with hostile evidence in every parameter", async () => {
    const hostile = (domains: string[]) =>
      fc.constantFrom(
        ...domains.flatMap((d) => [`https://${d}/x?u=http://${d}`, d, `a@${d}`, `<a href="https://${d}">${d}</a>`, `javascript:location='//${d}'`, `www.${d}`, `<img src=//${d}/p>`]),
      );
    const caseArb = fc.uniqueArray(domainArb, { minLength: 1, maxLength: 3 }).chain((domains) =>
      fc.record({
        domains: fc.constant(domains),
        signals: fc.array(
          fc.record({
            code: fc.constantFrom(...REASON_CODES),
            severity: fc.constantFrom("high", "medium", "low", "info"),
            points: fc.integer({ min: -3, max: 6 }),
            params: paramsArb(domains, hostile(domains)),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        subject: hostile(domains),
        fromName: hostile(domains),
        fromAddress: fc.oneof(hostile(domains), fc.constant("")),
        language: fc.constantFrom("ja", "en"),
        withBrand: fc.boolean(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const scored = score(c.signals as Signal[]);
        const result: CheckResult = {
          ...scored,
          language: c.language as "ja" | "en",
          original: { via: "inline", from: { name: c.fromName, address: c.fromAddress }, subject: c.subject },
          brand: c.withBrand ? { en: "Amazon", ja: "アマゾン", domain: "amazon.co.jp" } : null,
        };
        const about: ReplySubject = { kind: "verdict", result };
        const raw = buildReplyMime({ from: "check@phishcheck.example", to: "taro@example.jp", inReplyTo: "<a@b>", references: null }, composeReply(about));
        expect(replyProblems(await replyParts(raw), c.domains)).toEqual([]);
      }),
      { seed: SEED + 4, numRuns: runs(100), endOnFailure: true },
    );
  }, 60_000);
});
