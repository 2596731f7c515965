/**
 * The budget guard (README "Performance"): what grows with the mail is bounded before the
 * signals see it. These tests assert the bounds and that the verdict stays right at them — not
 * timings (those are `npm run bench`'s).
 */
import { describe, expect, it } from "vitest";
import { analyse, checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { ADDRESS_LIMIT, LINK_LIMIT, findOriginal } from "../../src/original/find";
import { findInlineForward } from "../../src/original/inline";
import { defaultRules } from "../../src/rules/default";
import { compileRules } from "../../src/rules/compile";

const rules = compileRules(defaultRules(), 0);
const FORWARDER = "taro@example.jp";
const mail = (headers: string[], body: string) => `${headers.join("\r\n")}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`;

describe("budget guard: lists the signals compare pairwise are bounded", () => {
  it("keeps the first ADDRESS_LIMIT To addresses and always the forwarder, so links × recipients stays small", async () => {
    const to = Array.from({ length: 3000 }, (_, i) => `user${i}@corp${i}.example.com`).join(", ");
    const links = Array.from({ length: LINK_LIMIT + 100 }, (_, i) => `https://l${i}.example.net/p?id=${i}`).join("\n");
    const original = await findOriginal(await parseMail(mail(["From: News <news@shop.example.com>", `To: ${to}`, "Subject: Weekly"], links)), FORWARDER);
    expect(original.recipients.length).toBe(ADDRESS_LIMIT + 1);
    expect(original.recipients).toContain(FORWARDER);
    expect(original.recipients[0]).toBe("user0@corp0.example.com");
    expect(original.links.length).toBe(LINK_LIMIT);
  });

  it("still sees your address in a link when you are among the first recipients", async () => {
    const to = ["taro@example.jp", ...Array.from({ length: 3000 }, (_, i) => `user${i}@corp${i}.example.com`)].join(", ");
    const r = await checkMail(mail(["From: Support <support@secure-login.example.ml>", `To: ${to}`, "Subject: Verify"], `Verify now: https://secure-login.example.ml/v?e=${FORWARDER}`), rules, { forwarder: FORWARDER });
    expect(r.reasons.map((x) => x.code)).toContain("link_has_your_address");
  });

  it("keeps the first ADDRESS_LIMIT Reply-To addresses", async () => {
    const replyTo = Array.from({ length: 3000 }, (_, i) => `r${i}@shop.example.com`).join(", ");
    const original = await findOriginal(await parseMail(mail(["From: Shop <info@shop.example.com>", `Reply-To: ${replyTo}`, `To: ${FORWARDER}`, "Subject: Hi"], "Hello")), FORWARDER);
    expect(original.replyTo.length).toBe(ADDRESS_LIMIT);
  });

  it("still calls a From of thousands of addresses malformed (the first ones are read)", async () => {
    const from = ["PayPal <service@paypal.com>", ...Array.from({ length: 3000 }, (_, i) => `x${i}@other${i}.example.net`)].join(", ");
    const original = await findOriginal(await parseMail(mail([`From: ${from}`, `To: ${FORWARDER}`, "Subject: Notice"], "Hello")), FORWARDER);
    expect(analyse(original, rules).signals.map((s) => s.code)).toContain("sender_malformed");
  });
});

describe("budget guard: inline-forward search", () => {
  it("finds no forward in thousands of header-like lines, and finds a real one below a few hundred of them", () => {
    expect(findInlineForward("From: x\n".repeat(30_000))).toBeNull();
    const noise = "From: x\n".repeat(300);
    const fwd = "\n---------- Forwarded message ---------\nFrom: Amazon <amazonjp@emailamazoncojp.cf>\nDate: Tue, Mar 2, 2021 at 9:14 AM\nSubject: 緊急のお知らせ\nTo: <taro@example.jp>\n\nbody";
    const found = findInlineForward(`${noise}${fwd}`);
    expect(found?.from?.address).toBe("amazonjp@emailamazoncojp.cf");
    expect(found?.subject).toBe("緊急のお知らせ");
  });
});
