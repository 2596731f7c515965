/**
 * Property: whatever bytes arrive, the email handler ends with exactly one outcome — a verdict
 * reply, an "unreadable" reply, a size reply, a "too many" reply, a bounce carrying one of those
 * when the reply is refused, or a deliberate no-reply (loop, bounce, auto-reply, list, duplicate,
 * rate limit) — and logs that outcome, once. It never throws, never answers twice, never answers
 * anyone but the envelope sender.
 */
import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { handleEmail, noReplyReason, type EmailDeps, type IncomingEmail } from "../../src/handle-email";
import { activeRules } from "../../src/rules/store";
import { WORDS } from "../../src/reply/wording";
import { ORG_WORDS } from "../../src/reply/org-wording";
import { LooseMessage, garbageArb, mutatedMailArb, type MailCase } from "./arbitraries";
import { runs } from "../runs";
import { SEED, SEEDS } from "./seeds";

/** Every first line a reply can have: a verdict headline, the size notice, the "too many" notice, the how-to-forward help. */
const FIRST_LINES = new Set<string>(
  (["ja", "en"] as const).flatMap((l) => [...Object.values(WORDS[l].headline), WORDS[l].tooBig(25), WORDS[l].tooMany, ORG_WORDS[l].helpHeadline]),
);
const SUBJECT_TAG = /^\[(?:判定|Verdict|phishcheck)(?:: [^\]]+)?\]/;
const NONE_WHY = new Set(["bounce", "auto_submitted", "bulk", "list", "loop", "duplicate", "rate_limited"]);

const ENVELOPES = fc.oneof(
  { weight: 8, arbitrary: fc.constant("taro.yamada@example.jp") },
  fc.constantFrom("", "<>", "MAILER-DAEMON@mx.example.com", "postmaster@example.net", "check@phishcheck.example", "bounce@mail.phishcheck.example", "a@b", "no-at-sign", "ユーザー@例え.jp", "\"quoted local\"@example.com"),
);

type Behaviour = "ok" | "false" | "throw";
const behaviour = fc.constantFrom<Behaviour>("ok", "ok", "ok", "false", "throw");

async function runHandler(c: MailCase, from: string, limiter: Behaviour, memo: Behaviour, refuse: boolean) {
  const msg = new LooseMessage(c.bytes, from);
  const logs: Record<string, unknown>[] = [];
  const sent: { raw: string; from: string; to: string }[] = [];
  const deps: EmailDeps = {
    rules: () => activeRules(undefined),
    sendReply: async (raw, f, t) => {
      if (refuse) throw new Error("original email is not repliable");
      sent.push({ raw, from: f, to: t });
    },
    limiter: {
      limit: async () => {
        if (limiter === "throw") throw new Error("limiter down");
        return { success: limiter !== "false" };
      },
    },
    memo: {
      firstTime: async () => {
        if (memo === "throw") throw new Error("cache down");
        return memo !== "false";
      },
    },
    log: (e) => logs.push(e),
  };
  const outcome = await handleEmail(msg as unknown as IncomingEmail, deps);
  return { msg, logs, sent, outcome };
}

describe("property: the email handler always ends in exactly one logged outcome", () => {
  it("mutated fixtures, generated mails and garbage, with a working, refusing or failing platform", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 5, arbitrary: mutatedMailArb(SEEDS) }, garbageArb),
        ENVELOPES,
        behaviour,
        behaviour,
        fc.boolean(),
        async (c, from, limiter, memo, refuse) => {
          const { msg, logs, sent, outcome } = await runHandler(c, from, limiter, memo, refuse);

          // Logged exactly once, and what was logged is what was returned.
          expect(logs).toHaveLength(1);
          expect(logs[0]).toMatchObject({ event: "email", ...outcome });
          // At most one answer, by one route.
          expect(sent.length + msg.rejected.length).toBe(outcome.action === "none" ? 0 : 1);

          const loop = noReplyReason(msg, []);
          if (loop) {
            expect(outcome).toEqual({ action: "none", why: loop });
            return;
          }
          if (outcome.action === "none") {
            expect(NONE_WHY.has(outcome.why)).toBe(true);
            // Only the memo or the limiter can silence a mail the loop rules let through.
            if (outcome.why === "duplicate") expect(memo).toBe("false");
            else if (outcome.why === "rate_limited") expect([limiter, memo]).toEqual(["false", "false"]);
            else expect.unreachable(`silent for ${outcome.why}`);
            return;
          }
          if (limiter === "false") expect(outcome.kind).toBe("rate_limited");
          else expect(["verdict", "help"]).toContain(outcome.kind);
          if (outcome.action === "reject") {
            expect(refuse).toBe(true);
            expect(msg.rejected[0]).toMatch(/^phishcheck: /);
            expect(msg.rejected[0]!.length).toBeLessThan(300);
            return;
          }
          expect(sent).toHaveLength(1);
          expect(sent[0]!.to).toBe(msg.from);
          expect(sent[0]!.from).toBe(msg.to);
          const reply = await PostalMime.parse(sent[0]!.raw);
          expect(FIRST_LINES.has((reply.text ?? "").split(/\r?\n/)[0]!)).toBe(true);
          expect(reply.subject ?? "").toMatch(SUBJECT_TAG);
          expect(reply.headers.find((h) => h.key === "auto-submitted")?.value).toBe("auto-replied");
        },
      ),
      { seed: SEED, numRuns: runs(100), endOnFailure: true },
    );
  }, 120_000);
});
