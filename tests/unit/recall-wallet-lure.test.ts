/**
 * wallet_lure: a crypto-wallet lure — tokens to claim (an airdrop, a free mint), a wallet to verify or
 * synchronise, a recovery phrase asked for — with a link to a stranger's site: suspicious. Genuine
 * counterparts: an exchange's own "your staking rewards are ready" newsletter, a wallet's warning that
 * it never asks for the recovery phrase, and a crypto news digest that mentions an airdrop and links to many sites.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

describe("crypto-wallet lures", () => {
  it("a $BLUR airdrop from a hijacked university account, 'connect your wallet' on a stranger's site: suspicious", async () => {
    const r = await checkMail(fixture("phishing/recall-wallet-airdrop.eml"), rules);
    expect(r.reasons.find((x) => x.code === "wallet_lure")?.params.domain).toBe("blur-season2-claim.example");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("'your wallet requires immediate verification' from a help-desk address, linking to a stranger: wallet_lure", () => {
    const r = check({
      from: "Trust Verify <support@rosegold-shop.zendesk.com>",
      subject: "Important: Your Wallet Requires Immediate Action",
      text: "Dear user, your wallet requires immediate verification. Validate your wallet to keep access to your crypto assets.",
      links: [link("https://wallet-validate-now.example/start", "Validate now")],
    });
    expect(r.codes).toContain("wallet_lure");
    expect(r.verdict).not.toBe("no_signs");
  });
});

describe("crypto-wallet lures without a stranger's site (recall4)", () => {
  it("'claim your $BLUR' behind a t.co link, with the typo 'AIDROP': wallet_lure", () => {
    const r = check({
      from: "Blur Announcement <donotreply@univ-campus.example>",
      subject: "$BLUR AIDROP NOW LIVE",
      text: "Don't miss your chance to claim your $BLUR",
      links: [link("https://t.co/jAVdNpaCcZ")],
    });
    expect(r.signal("wallet_lure")?.params.url).toBe("https://t.co/jAVdNpaCcZ");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("free ETH from an airdrop, from an iCloud address, the link in an attached PDF: wallet_lure", () => {
    const r = check({
      from: "ETH <johnsonzj.pop@icloud.com>",
      subject: "",
      text: "Dear user, you haven't visited AIRDROP for more than 300 days. Your account has accumulated free ETH. Please get your Ethereum. INFO PDF.",
      attachments: [{ filename: "V76AlVCdM3q9M.pdf", mimeType: "application/pdf", size: 61230 }],
    });
    expect(r.signal("wallet_lure")?.params.file).toBe("V76AlVCdM3q9M.pdf");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("an accountant's note on a taxable airdrop with the report attached, from the firm's own domain: no wallet_lure", () => {
    const r = check({
      from: "Mori Tax Office <office@mori-tax.example>",
      subject: "Your 2025 crypto tax report",
      text: "Hanako, the airdrop you received in March counts as income. Your report for 2025 is attached; please check the wallet list on page 2.",
      attachments: [{ filename: "crypto-tax-2025.pdf", mimeType: "application/pdf", size: 120331 }],
    });
    expect(r.codes).not.toContain("wallet_lure");
    expect(r.verdict).toBe("no_signs");
  });

  it("a friend's gmail note about airdrops with his slides attached, offering nothing: no wallet_lure", () => {
    const r = check({
      from: "Ken Ito <ken.ito.1988@gmail.com>",
      subject: "slides",
      text: "Hi Hanako, here are my slides from the meetup on how airdrops are taxed in Japan.",
      attachments: [{ filename: "meetup-slides.pdf", mimeType: "application/pdf", size: 220331 }],
    });
    expect(r.codes).not.toContain("wallet_lure");
    expect(r.verdict).toBe("no_signs");
  });
});

describe("genuine crypto mail", () => {
  it("an exchange's own staking-rewards newsletter: no signs", async () => {
    const r = await checkMail(fixture("genuine/recall-exchange-staking-newsletter.eml"), rules);
    expect(r.reasons.map((x) => x.code)).not.toContain("wallet_lure");
    expect(r.verdict).toBe("no_signs");
  });

  it("'we will never ask for your recovery phrase' with a link elsewhere: no wallet_lure", () => {
    const r = check({
      from: "Kumo Exchange <security@kumo-exchange.example>",
      subject: "Security reminder",
      text: "Kumo will never ask for your recovery phrase or private keys. Learn how scams work on our partner's page.",
      links: [link("https://scam-awareness.example/crypto", "Learn more")],
    });
    expect(r.codes).not.toContain("wallet_lure");
  });

  it("a crypto news digest mentioning an airdrop, linking to several projects' sites: no wallet_lure", () => {
    const r = check({
      from: "Chain Weekly <digest@chainweekly.example>",
      subject: "This week: ARB airdrop, ETF flows, L2 fees",
      text: "Arbitrum opened its airdrop: eligible users can claim ARB tokens until September. Also: ETF flows, L2 fees, and a wallet security round-up.",
      links: [link("https://arbitrum.example/claim", "Arbitrum"), link("https://etf-tracker.example/flows", "ETF flows"), link("https://l2fees.example/", "L2 fees"), link("https://www.chainweekly.example/archive", "Archive")],
      headers: { "List-Unsubscribe": "<https://www.chainweekly.example/unsubscribe>" },
    });
    expect(r.codes).not.toContain("wallet_lure");
    expect(r.verdict).toBe("no_signs");
  });
});
