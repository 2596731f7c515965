/**
 * The link-host budget (src/facts/link-budget.ts, LINK_HOST_BUDGET; README "Budget guard"): a mail's links
 * get the per-host checks for at most LINK_HOST_BUDGET distinct hosts; further hosts are counted, not
 * checked. The links a reader is led to click (text showing an address, "Sign in", "ログイン") have their
 * hosts taken first, wherever they stand, so padding a mail with other links cannot hide them.
 * Mails built here by hand (no corpus data).
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { defaultRules } from "../../src/rules/default";
import { compileRules } from "../../src/rules/compile";
import { LINK_HOST_BUDGET } from "../../src/facts/link-budget";

const rules = compileRules(defaultRules(), 0);
const FORWARDER = "taro@example.jp";

/** `n` ordinary shop links, each on a host of its own (a long newsletter). */
const padding = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="https://www.shop${i}.example-store${i}.com/items/${i}">Item ${i}</a></li>`).join("\n");

function htmlMail(from: string, subject: string, html: string, extra: string[] = []): string {
  return [
    `From: ${from}`,
    `To: ${FORWARDER}`,
    `Subject: ${subject}`,
    "Date: Tue, 01 Dec 2026 07:00:00 +0900",
    "Message-ID: <budget-1@example-store0.com>",
    ...extra,
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=utf-8",
    "",
    `<html><body>${html}</body></html>`,
  ].join("\r\n");
}

const LOOKALIKE = "https://amaz0n-signin.com/ap/signin";
const phish = (html: string) => htmlMail("Amazon <account-update@amaz0n-signin.com>", "Amazon: verify your account", html);
const codes = async (raw: string) => (await checkMail(raw, rules, { forwarder: FORWARDER })).reasons.map((r) => r.code);

describe("link-host budget", () => {
  it("checks a lookalike sign-in button placed after more than the budget's worth of other hosts", async () => {
    const raw = phish(`<p>Your account is on hold.</p><ul>${padding(LINK_HOST_BUDGET + 50)}</ul><p><a href="${LOOKALIKE}">Sign in</a></p>`);
    const alone = phish(`<p>Your account is on hold.</p><p><a href="${LOOKALIKE}">Sign in</a></p>`);
    expect(await codes(alone)).toContain("link_lookalike");
    expect(await codes(raw)).toContain("link_lookalike");
    expect((await checkMail(raw, rules, { forwarder: FORWARDER })).verdict).toBe("dangerous");
  });

  it("checks a link whose text shows an address past the budget (Japanese button too)", async () => {
    const shown = phish(`<ul>${padding(LINK_HOST_BUDGET + 50)}</ul><p><a href="${LOOKALIKE}">https://www.amazon.co.jp/ap/signin</a></p>`);
    expect(await codes(shown)).toEqual(expect.arrayContaining(["link_lookalike", "link_text_mismatch"]));
    const ja = phish(`<ul>${padding(LINK_HOST_BUDGET + 50)}</ul><p><a href="${LOOKALIKE}">ログイン</a></p>`);
    expect(await codes(ja)).toContain("link_lookalike");
  });

  it("counts, but does not check, a link that neither shows an address nor asks to act once the budget is spent", async () => {
    const first = phish(`<ul><li><a href="${LOOKALIKE}">Item</a></li>${padding(LINK_HOST_BUDGET + 50)}</ul>`);
    const last = phish(`<ul>${padding(LINK_HOST_BUDGET + 50)}<li><a href="${LOOKALIKE}">Item</a></li></ul>`);
    const within = phish(`<ul>${padding(LINK_HOST_BUDGET - 1)}<li><a href="${LOOKALIKE}">Item</a></li></ul>`);
    expect(await codes(first)).toContain("link_lookalike");
    expect(await codes(within)).toContain("link_lookalike");
    expect(await codes(last)).not.toContain("link_lookalike");
  });

  it("a genuine newsletter with more hosts than the budget stays not dangerous", async () => {
    const raw = htmlMail("Store Weekly <news@example-store0.com>", "This week's picks", `<h1>This week's picks</h1><ul>${padding(LINK_HOST_BUDGET + 50)}</ul><p><a href="https://www.shop0.example-store0.com/unsubscribe">Unsubscribe</a></p>`, [
      "List-Unsubscribe: <https://www.shop0.example-store0.com/unsubscribe>",
      "Feedback-ID: weekly:store:esp",
    ]);
    const r = await checkMail(raw, rules, { forwarder: FORWARDER });
    expect(r.verdict).not.toBe("dangerous");
    expect(r.verdict).not.toBe("suspicious");
  });
});
