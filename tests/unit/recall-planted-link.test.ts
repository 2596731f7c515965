/**
 * planted_link: a stranger's site written as bare text next to money said to be yours — the crypto
 * scam typed into a real service's sign-up form ("Hi ✅ +$4,811 ➡️ ok.me/rCQE1"), which the service
 * mails out, authenticated. Genuine counterparts: a payment app's "you received +$250" that names its
 * own site as text, a bank that names its official site, and a developer newsletter that writes a
 * pages.dev address as text next to prices.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

describe("a scam's site planted in a real service's mail", () => {
  it("a sign-up confirmation whose name field reads '+$4,811 ➡️ okpay-go.top/rCQE1': suspicious", async () => {
    const r = await checkMail(fixture("phishing/recall-planted-link-signup.eml"), rules);
    const reason = r.reasons.find((x) => x.code === "planted_link");
    expect(reason?.params.site).toBe("okpay-go.top/rCQE1");
    expect(reason?.params.credit).toBe("+$4,811");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("'new incoming transaction … order the withdrawal of funds -> transfer705.pages.dev/…' in a shop's newsletter: planted_link", () => {
    const r = check({
      from: "Kerstin von mini-presents <hi@mini-presents.example>",
      subject: "Heute Abend gibt's die neuen Vorlagen",
      text: "Hi Hello. You have a new incoming transaction 21337712216. Verify, and order the withdrawal of funds ->-->❗ transfer705.pages.dev/evas-dparun-qlogba?flexchase inob, Es ist der 17.11.25 und wir haben 1:51 Uhr...",
      links: [link("https://mini-presents.example/shop", "Zum Shop")],
    });
    expect(r.signal("planted_link")?.params.site).toContain("transfer705.pages.dev/");
  });
});

describe("genuine mail that writes a site as text", () => {
  it("a credit union's transfer alert through its banking platform, read as text only (a K-9 forward), naming the site called after it: no planted_link", () => {
    const alert = {
      from: "Lakeshore Federal Credit Union <alerts@notify.digitalbanking-q2.example>",
      subject: "Incoming transfer to Share Savings",
      text: "Lakeshore Federal Credit Union - Account Alert\nIncoming transfer: +$4,811.00 to Share Savings (...4471). Details at lakeshorefcu.example/online-banking",
    };
    expect(check(alert).codes).not.toContain("planted_link");
    // The scammer's site in the same place is still planted: it is not named after the sender.
    const planted = check({ ...alert, text: alert.text.replace("lakeshorefcu.example/online-banking", "okpay-go.top/rCQE1") });
    expect(planted.signal("planted_link")?.params.site).toBe("okpay-go.top/rCQE1");
    // Nor is a site that only shares a short first word ("Ok Pay Forms" and ok.me).
    expect(check({ ...alert, from: "Ok Pay Forms <forms@okpayforms.example>", text: "Hi ✅ +$4,811 ➡️ okpay-go.top/rCQE1" }).codes).toContain("planted_link");
  });

  it("a payment app's 'you received +$250.00, see kumopay.example/activity' from its own domain: no signs", () => {
    const r = check({
      from: "KumoPay <notify@kumopay.example>",
      subject: "You received $250.00",
      text: "Ken Ito sent you +$250.00 for 'dinner'. The money is in your KumoPay balance. See details at kumopay.example/activity or in the app.",
    });
    expect(r.codes).not.toContain("planted_link");
    expect(r.verdict).toBe("no_signs");
  });

  it("funds credited, with the official site written out (paypal.com/activity): no planted_link", () => {
    const r = check({
      from: "Service <service@pay-notices.example>",
      subject: "Funds received",
      text: "Your funds are available: +$20.00 from Mika. Review it at paypal.com/myaccount/activity.",
    });
    expect(r.codes).not.toContain("planted_link");
  });

  it("a developer newsletter writing a pages.dev address next to prices, no money credited: no planted_link", () => {
    const r = check({
      from: "Edge Weekly <news@edgeweekly.example>",
      subject: "Edge Weekly #212",
      text: "Pricing went from $5 to $7 a month this week. Our demo lives at edge-demo.pages.dev/kv-cache and the source on GitHub.",
      links: [link("https://edgeweekly.example/212")],
      headers: { "List-Unsubscribe": "<https://edgeweekly.example/unsub>" },
    });
    expect(r.codes).not.toContain("planted_link");
    expect(r.verdict).toBe("no_signs");
  });
});
