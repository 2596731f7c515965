/**
 * Abuse and loops: every rule that keeps phishcheck from answering too often, twice, to a
 * machine, or to itself — through the real email handler (worker.email: Cache API memo, rate
 * limiter binding), with what it logs.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { DEDUPE_WINDOW, RATE_NOTICE_WINDOW, handleEmail, type IncomingEmail, type Memo } from "../../src/handle-email";
import { activeRules } from "../../src/rules/store";
import { FakeMessage, deliver, parseReply, rawMail, testEnv } from "../helpers";

let n = 0;
/** A sender no other test uses, so the Cache API memory of one test never reaches another. */
const sender = (tag = "u") => `${tag}${n++}.${Date.now()}@example.jp`;

let logSpy: MockInstance<typeof console.log>;
beforeEach(() => {
  logSpy = vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => logSpy.mockRestore());

/** The outcomes the handler logged, in order. */
function logged(): Record<string, unknown>[] {
  return logSpy.mock.calls.map((c) => JSON.parse(String(c[0])) as Record<string, unknown>).filter((e) => e.event === "email");
}

/** A limiter that allows `allow` checks per key, then refuses; records the keys it was asked about. */
function fakeLimiter(allow: number) {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  const limiter = {
    keys,
    async limit({ key }: { key: string }) {
      keys.push(key);
      const c = (counts.get(key) ?? 0) + 1;
      counts.set(key, c);
      return { success: c <= allow };
    },
  };
  return limiter;
}

const asLimiter = (l: object) => l as unknown as RateLimit;

describe("per-sender rate limit (SENDER_LIMIT binding)", () => {
  it("over the limit: one 'too many' reply, then silence for the window; others are unaffected", async () => {
    const limiter = fakeLimiter(2);
    const env = testEnv({ SENDER_LIMIT: asLimiter(limiter) });
    const from = sender("busy");
    const msgs: FakeMessage[] = [];
    for (let i = 0; i < 5; i++) msgs.push(await deliver(new FakeMessage(rawMail({ From: from, Subject: `check ${i}` }), from), env));

    expect(msgs.map((m) => m.replies.length)).toEqual([1, 1, 1, 0, 0]);
    expect(msgs.every((m) => m.rejected.length === 0)).toBe(true);
    const notice = await parseReply(msgs[2]!.replies[0]!);
    expect(notice.firstLine).toBe("We received many mails from you in a short time, so we paused checking. Please try again in a few minutes.");
    expect(notice.text).toContain("しばらく調べるのを止めています");
    // A pause, not a verdict: the subject says so.
    expect(notice.mail.subject).toBe("[phishcheck: paused] check 2");
    expect(limiter.keys).toEqual(Array(5).fill(from.toLowerCase()));
    // A short note with nothing forwarded gets the how-to-forward help.
    expect(logged().map((e) => [e.action, e.kind ?? e.why])).toEqual([
      ["reply", "help"],
      ["reply", "help"],
      ["reply", "rate_limited"],
      ["none", "rate_limited"],
      ["none", "rate_limited"],
    ]);

    // Another sender, same limiter: answered.
    const other = sender("calm");
    const ok = await deliver(new FakeMessage(rawMail({ From: other, Subject: "hello" }), other), env);
    expect(ok.replies).toHaveLength(1);
  });

  it("the notice is in Japanese first for a Japanese subject, and quotes it defanged", async () => {
    const env = testEnv({ SENDER_LIMIT: asLimiter(fakeLimiter(0)) });
    const from = sender("ja");
    const msg = await deliver(new FakeMessage(rawMail({ From: from, Subject: `=?UTF-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode("アカウント確認のお願い https://evil.example.ml/x")))}?=` }), from), env);
    expect(msg.replies).toHaveLength(1);
    const { firstLine, mail } = await parseReply(msg.replies[0]!);
    expect(firstLine).toContain("しばらく調べるのを止めています");
    expect(mail.subject).toBe("[phishcheck: 一時停止中] アカウント確認のお願い hxxps://evil[.]example[.]ml/x");
  });

  it("the notice window is RATE_NOTICE_WINDOW (10 minutes) per sender, kept in the memo", async () => {
    const seen = new Map<string, number>();
    const memo: Memo = {
      async firstTime(key, ttl) {
        seen.set(key, ttl);
        return true;
      },
    };
    const from = sender("w");
    const msg = new FakeMessage(rawMail({ From: from, Subject: "x" }), from);
    const out = await handleEmail(msg as unknown as IncomingEmail, {
      rules: () => activeRules(undefined),
      sendReply: async () => undefined,
      limiter: { limit: async () => ({ success: false }) },
      memo,
      log: () => undefined,
    });
    expect(out).toEqual({ action: "reply", kind: "rate_limited", verdict: undefined });
    expect([...seen.values()].sort()).toEqual([RATE_NOTICE_WINDOW, DEDUPE_WINDOW].sort());
    expect(RATE_NOTICE_WINDOW).toBe(600);
  });

  it("a failing limiter lets mail through (an outage must not silence every answer)", async () => {
    const env = testEnv({ SENDER_LIMIT: asLimiter({ limit: async () => Promise.reject(new Error("binding down")) }) });
    const from = sender("down");
    const msg = await deliver(new FakeMessage(rawMail({ From: from, Subject: "x" }), from), env);
    expect(msg.replies).toHaveLength(1);
    expect(logged()[0]).toMatchObject({ action: "reply", kind: "help" });
  });

  it("a refused 'too many' reply becomes one bounce line", async () => {
    const env = testEnv({ SENDER_LIMIT: asLimiter(fakeLimiter(0)) });
    const from = sender("refused");
    const msg = new FakeMessage(rawMail({ From: from, Subject: "x" }), from);
    msg.refuseReply = true;
    await deliver(msg, env);
    expect(msg.replies).toEqual([]);
    expect(msg.rejected).toEqual(["phishcheck: We received many mails from you in a short time, so we paused checking. Please try again in a few minutes."]);
    expect(logged()[0]).toMatchObject({ action: "reject", kind: "rate_limited" });
  });
});

describe("no reply to machines, lists, bounces and ourselves", () => {
  const silent: [string, (from: string) => FakeMessage, string][] = [
    ["Auto-Submitted: auto-replied", (f) => new FakeMessage(rawMail({ From: f, Subject: "Out of office", "Auto-Submitted": "auto-replied" }), f), "auto_submitted"],
    ["Auto-Submitted: auto-generated", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "Auto-Submitted": "auto-generated" }), f), "auto_submitted"],
    ["Auto-Submitted: AUTO-NOTIFIED (case)", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "Auto-Submitted": "AUTO-NOTIFIED" }), f), "auto_submitted"],
    ["Auto-Submitted: auto-replied (vacation) with a comment", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "Auto-Submitted": "auto-replied (vacation)" }), f), "auto_submitted"],
    ["X-Autoreply: yes", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "X-Autoreply": "yes" }), f), "auto_submitted"],
    ["X-Autorespond", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "X-Autorespond": "Auto-response" }), f), "auto_submitted"],
    ["Precedence: auto_reply", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", Precedence: "auto_reply" }), f), "auto_submitted"],
    ["Precedence: bulk", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", Precedence: "bulk" }), f), "bulk"],
    ["Precedence: List (case)", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", Precedence: "List" }), f), "bulk"],
    ["Precedence: junk", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", Precedence: " junk " }), f), "bulk"],
    ["List-Id", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "List-Id": "Dev <dev.lists.example.com>" }), f), "list"],
    ["List-Unsubscribe", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "List-Unsubscribe": "<mailto:u@lists.example.com>" }), f), "list"],
    ["an empty return path", () => new FakeMessage(rawMail({ From: "x@example.com", Subject: "x" }), ""), "bounce"],
    ["a null return path <>", () => new FakeMessage(rawMail({ From: "x@example.com", Subject: "x" }), "<>"), "bounce"],
    ["MAILER-DAEMON", () => new FakeMessage(rawMail({ From: "MAILER-DAEMON@mx.example.com", Subject: "Undelivered Mail" }), "MAILER-DAEMON@mx.example.com"), "bounce"],
    ["mailer-daemon", () => new FakeMessage(rawMail({ From: "mailer-daemon@googlemail.com", Subject: "Delivery Status Notification" }), "mailer-daemon@googlemail.com"), "bounce"],
    ["Postmaster", () => new FakeMessage(rawMail({ From: "Postmaster@example.net", Subject: "x" }), "Postmaster@example.net"), "bounce"],
    [
      "a delivery status report from an ordinary address",
      (f) => new FakeMessage(rawMail({ From: f, Subject: "Returned mail", "Content-Type": 'multipart/report; report-type=delivery-status; boundary="r"' }), f),
      "bounce",
    ],
    ["our own check address", () => new FakeMessage(rawMail({ From: "check@phishcheck.example", Subject: "[判定: 危険] x" }), "check@phishcheck.example"), "loop"],
    [
      "our address in From, sent on by someone else (our reply auto-forwarded back)",
      (f) => new FakeMessage(rawMail({ From: "phishcheck <check@phishcheck.example>", Subject: "[Verdict: phishing] x" }), f),
      "loop",
    ],
    ["our X-Phishcheck marker", (f) => new FakeMessage(rawMail({ From: f, Subject: "x", "X-Phishcheck": "reply" }), f), "loop"],
    [
      "mail from the configured CHECK_ADDRESS's domain, whatever address it was sent to",
      () => new FakeMessage(rawMail({ From: "check@phishcheck.example", Subject: "x" }), "check@phishcheck.example", "alias@another.example"),
      "loop",
    ],
  ];
  for (const [name, make, why] of silent) {
    it(`${name} → no reply (logged as ${why})`, async () => {
      const msg = await deliver(make(sender()));
      expect(msg.replies).toEqual([]);
      expect(msg.rejected).toEqual([]);
      expect(logged()).toEqual([expect.objectContaining({ event: "email", action: "none", why })]);
    });
  }

  const answered: [string, (from: string) => FakeMessage][] = [
    ["Auto-Submitted: no", (f) => new FakeMessage(rawMail({ From: f, Subject: "hi", "Auto-Submitted": "no" }), f)],
    ["Auto-Submitted: No (case, spaces)", (f) => new FakeMessage(rawMail({ From: f, Subject: "hi", "Auto-Submitted": " No " }), f)],
    ["Precedence: first-class", (f) => new FakeMessage(rawMail({ From: f, Subject: "hi", Precedence: "first-class" }), f)],
    ["a local part that merely contains 'postmaster'", (f) => new FakeMessage(rawMail({ From: f, Subject: "hi" }), f.replace(/^/, "not-postmaster."))],
    ["a domain that merely ends like ours", (f) => new FakeMessage(rawMail({ From: f, Subject: "hi" }), f.replace("@example.jp", "@evilphishcheck.example"))],
    // Colleagues: an organisation runs check@its-domain for its own people.
    ["a colleague in the check address's own domain", (f) => new FakeMessage(rawMail({ From: f, Subject: "hi" }), f.replace("@example.jp", "@phishcheck.example"))],
    ["a colleague in a subdomain of ours", (f) => new FakeMessage(rawMail({ From: f, Subject: "hi" }), f.replace("@example.jp", "@mail.phishcheck.example"))],
    [
      "a newsletter the person redirected to us (Resent-From is them; List-Unsubscribe and Precedence are the original's)",
      (f) => new FakeMessage(rawMail({ From: "news@shop.example.com", Subject: "Sale", "List-Unsubscribe": "<mailto:u@shop.example.com>", Precedence: "bulk", "Resent-From": `Taro <${f}>` }), f),
    ],
  ];
  for (const [name, make] of answered) {
    it(`${name} → answered`, async () => {
      const msg = make(sender());
      await deliver(msg);
      expect(msg.replies).toHaveLength(1);
      expect(msg.replies[0]!.to).toBe(msg.from);
    });
  }

  it("a redirected list mail whose Resent-From is someone else is still not answered", async () => {
    const f = sender();
    const msg = await deliver(new FakeMessage(rawMail({ From: "news@shop.example.com", Subject: "Sale", "List-Id": "<shop.example.com>", "Resent-From": "list-robot@shop.example.com" }), f));
    expect(msg.replies).toEqual([]);
  });

  it("our own reply, sent back to us (an auto-forward), is not answered: no loop", async () => {
    const f = sender("loop");
    const first = await deliver(new FakeMessage(rawMail({ From: f, Subject: "is this real?" }), f));
    expect(first.replies).toHaveLength(1);
    const ours = first.replies[0]!.raw;
    expect(ours).toMatch(/^X-Phishcheck: reply/m);
    expect(ours).toMatch(/^Auto-Submitted: auto-replied/m);
    expect(ours).toMatch(/^X-Auto-Response-Suppress: All/m);
    // It comes back with the person as envelope sender (their forwarding rule re-sends it).
    const back = await deliver(new FakeMessage(new TextEncoder().encode(ours), f));
    expect(back.replies).toEqual([]);
    expect(back.rejected).toEqual([]);
    // Even with the Auto-Submitted and X-Phishcheck headers stripped by a forwarder, our From gives it away.
    const stripped = ours.replace(/^(?:Auto-Submitted|X-Phishcheck):.*\r?\n/gim, "");
    const again = await deliver(new FakeMessage(new TextEncoder().encode(stripped), f));
    expect(again.replies).toEqual([]);
  });

  it("the reply goes to the envelope sender, never to the From or Reply-To of the mail", async () => {
    const f = sender("env");
    const msg = await deliver(new FakeMessage(rawMail({ From: "victim@example.org", "Reply-To": "attacker@evil.example.ml", Subject: "x" }), f));
    expect(msg.replies.map((r) => r.to)).toEqual([f]);
  });
});

describe("at most one reply per incoming Message-ID", () => {
  it("the same mail delivered twice by the same sender is answered once; the second is logged as a duplicate", async () => {
    const f = sender("dup");
    const bytes = rawMail({ From: f, Subject: "x", "Message-ID": `<dup-${Date.now()}@example.jp>` });
    const a = await deliver(new FakeMessage(bytes, f));
    const b = await deliver(new FakeMessage(bytes, f));
    expect([a.replies.length, b.replies.length]).toEqual([1, 0]);
    expect(b.rejected).toEqual([]);
    expect(logged().map((e) => e.why ?? e.action)).toEqual(["reply", "duplicate"]);
  });

  it("a duplicate is not answered even when the first reply was refused and bounced", async () => {
    const f = sender("dup2");
    const bytes = rawMail({ From: f, Subject: "x", "Message-ID": `<dup2-${Date.now()}@example.jp>` });
    const a = new FakeMessage(bytes, f);
    a.refuseReply = true;
    await deliver(a);
    const b = await deliver(new FakeMessage(bytes, f));
    expect([a.rejected.length, b.replies.length, b.rejected.length]).toEqual([1, 0, 0]);
  });

  it("the same Message-ID redirected by two different people: each gets their answer", async () => {
    const id = `<shared-${Date.now()}@phish.example.ml>`;
    const [f1, f2] = [sender("p1"), sender("p2")];
    const a = await deliver(new FakeMessage(rawMail({ From: "x@phish.example.ml", Subject: "x", "Message-ID": id }), f1));
    const b = await deliver(new FakeMessage(rawMail({ From: "x@phish.example.ml", Subject: "x", "Message-ID": id }), f2));
    expect([a.replies.length, b.replies.length]).toEqual([1, 1]);
  });

  it("mail without a Message-ID is answered each time (nothing to tell the copies apart)", async () => {
    const f = sender("noid");
    const bytes = new TextEncoder().encode(`From: ${f}\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\nhello\r\n`);
    const a = await deliver(new FakeMessage(bytes, f));
    const b = await deliver(new FakeMessage(bytes, f));
    expect([a.replies.length, b.replies.length]).toEqual([1, 1]);
  });

  it("a 100 KB Message-ID and References: answered once, threading headers kept sane", async () => {
    const f = sender("long");
    const id = `<${"x".repeat(100_000)}@example.jp>`;
    const refs = Array.from({ length: 500 }, (_, i) => `<ref${i}@example.jp>`).join(" ");
    const bytes = rawMail({ From: f, Subject: "x", "Message-ID": id, References: refs });
    const a = await deliver(new FakeMessage(bytes, f));
    const b = await deliver(new FakeMessage(bytes, f));
    expect([a.replies.length, b.replies.length]).toEqual([1, 0]);
    const raw = a.replies[0]!.raw;
    for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
    // An id longer than any real one is not echoed; the References we keep are the last, well-formed ones.
    expect(raw).not.toMatch(/^In-Reply-To:/m);
  });

  it("threading: In-Reply-To is the forward's Message-ID, References ends with it", async () => {
    const f = sender("thread");
    const bytes = rawMail({ From: f, Subject: "x", "Message-ID": "<m1@example.jp>", References: "<r0@example.jp> junk <r1@example.jp>" });
    const msg = await deliver(new FakeMessage(bytes, f));
    const { mail } = await parseReply(msg.replies[0]!);
    expect(mail.inReplyTo).toBe("<m1@example.jp>");
    expect(mail.references).toBe("<r0@example.jp> <r1@example.jp> <m1@example.jp>");
  });

  it("a failing Cache API memo lets mail through (answered, not dropped)", async () => {
    const f = sender("memo");
    const out = await handleEmail(new FakeMessage(rawMail({ From: f, Subject: "x" }), f) as unknown as IncomingEmail, {
      rules: () => activeRules(undefined),
      sendReply: async () => undefined,
      memo: { firstTime: async () => Promise.reject(new Error("cache down")) },
      limiter: { limit: async () => ({ success: false }) },
      log: () => undefined,
    });
    // The limiter refused and the memo failed: the notice is sent rather than nothing at all.
    expect(out).toMatchObject({ action: "reply", kind: "rate_limited" });
  });
});

describe("what is logged", () => {
  it("one line per mail: the outcome, verdict and reason codes — never the subject, addresses or text", async () => {
    const f = sender("privacy");
    await deliver(new FakeMessage(rawMail({ From: "Amazon <a@amazon-secure-login.ml>", Subject: "Secret subject 12345" }, "body text 67890 https://amazon-secure-login.ml/x"), f));
    const lines = logSpy.mock.calls.map((c) => String(c[0]));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: "email", action: "reply", kind: "verdict" });
    for (const secret of ["Secret subject", "12345", "67890", "amazon-secure-login", f, "a@"]) expect(lines[0]).not.toContain(secret);
  });

  it("an exception anywhere still ends in one answer and one log line", async () => {
    const f = sender("boom");
    const logs: unknown[] = [];
    const sent: string[] = [];
    const out = await handleEmail(new FakeMessage(rawMail({ From: f, Subject: "x" }), f) as unknown as IncomingEmail, {
      rules: () => Promise.reject(new Error("rules exploded")),
      sendReply: async (raw) => void sent.push(raw),
      log: (e) => logs.push(e),
    });
    expect(out).toEqual({ action: "reply", kind: "verdict", verdict: "unreadable" });
    expect(sent).toHaveLength(1);
    expect(logs).toHaveLength(1);
  });
});
