/**
 * Property, end to end in workerd: worker.email with the Cache API memo, the rate limiter binding
 * and the console log (the handler's own logic is tested in Node: tests/property/handler.property.test.ts).
 */
import { env } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { noReplyReason, type Outcome } from "../../src/handle-email";
import { FakeMessage, deliver, testEnv } from "../helpers";
import { garbageArb, mutatedMailArb } from "../property/arbitraries";
import { SEED, SEEDS } from "../property/seeds";
import { runs } from "../runs";

describe("property: end to end through worker.email (Cache API memo, rate limiter binding, console log)", () => {
  it("one reply (or bounce) per mail, none where a loop rule applies, and the same mail again is not answered twice", async () => {
    let n = 0;
    const limiter = { limit: async () => ({ success: true }) } as unknown as RateLimit;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: mutatedMailArb(SEEDS) }, garbageArb), fc.boolean(), async (c, refuse) => {
        // A fresh sender per case, so the one-reply-per-Message-ID memory of earlier cases does not apply.
        const from = `user${n++}.${Date.now()}@example.jp`;
        const spy = vi.spyOn(console, "log").mockImplementation(() => undefined);
        try {
          const env = testEnv({ SENDER_LIMIT: limiter });
          const first = new FakeMessage(c.bytes, from);
          first.refuseReply = refuse;
          await deliver(first, env);
          const lines = spy.mock.calls.map((args) => JSON.parse(String(args[0])) as Outcome & { event: string });
          expect(lines.filter((l) => l.event === "email")).toHaveLength(1);
          const answered = first.replies.length + first.rejected.length;
          const loop = noReplyReason(first, ["check@phishcheck.example"]);
          if (loop) {
            expect(answered).toBe(0);
            expect(lines[0]).toMatchObject({ action: "none", why: loop });
            return;
          }
          expect(answered).toBe(1);
          expect(first.replies.length).toBe(refuse ? 0 : 1);
          for (const r of first.replies) expect(r.to).toBe(from);

          // The same mail delivered again (a retry): answered again only when it has no Message-ID.
          const again = new FakeMessage(c.bytes, from);
          await deliver(again, env);
          const id = first.headers.get("message-id")?.trim();
          expect(again.replies.length + again.rejected.length).toBe(id ? 0 : 1);
        } finally {
          spy.mockRestore();
        }
      }),
      { seed: SEED + 1, numRuns: runs(30, (env as unknown as { FUZZ_RUNS?: string }).FUZZ_RUNS), endOnFailure: true },
    );
  }, 120_000);
});
