/**
 * Genuine-gallery round 4 (g7-*): the false alarms it found, each fix beside its phishing counterpart.
 * - a notice quoting the scam it warns about ("ATMで還付金を受け取れる、と電話で言われたら、それは詐欺です");
 * - Google Maps' share links (maps.app.goo.gl) under the goo.gl shortener's name;
 * - a UK lender's abbreviated disclosure ("authorised by the PRA and regulated by the FCA") under a pre-approved loan;
 * - brands' own domains missing from the catalogue (Yahoo! JAPAN's yahoo-net.jp help, Mercado Livre's mercadolivre.com);
 * - a gift service's product picture after its own logo (LINEギフト passing on a Starbucks ticket) read as a masthead.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { domainFacts } from "../../src/facts/domain-facts";
import { withoutScamWarnings } from "../../src/facts/scam-warning";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { counterpartMail as mail } from "../counterpart-mail";
import { fixture } from "../fixtures";
import { check, link } from "../signal-helpers";

const rules = compileRules(defaultRules());
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);
const summary = (r: Awaited<ReturnType<typeof checkMail>>) => `${r.verdict} ${r.score}: ${codes(r).join(", ")}`;

describe("a notice's warning about the scam that imitates it", () => {
  it("blanks the warning's sentence up to the warning, keeping the length", () => {
    const warn = "ATMで還付金を受け取れる、と電話で言われたら、それは詐欺です。";
    const out = withoutScamWarnings(`ご案内です。\n${warn}くわしくはこちら。`);
    expect(out).not.toContain("還付金");
    expect(out).toContain("くわしくはこちら");
    expect(out.length).toBe(`ご案内です。\n${warn}くわしくはこちら。`.length);
    expect(withoutScamWarnings("If someone calls to say you can collect a refund at an ATM, it's a scam. Hang up.")).not.toContain("refund");
  });

  it("only up to the warning: what follows it in the sentence is still read", () => {
    const ask = withoutScamWarnings("詐欺にご注意のうえ、本日中に下記URLからカード番号を入力してください。");
    expect(ask).toContain("カード番号を入力");
    expect(withoutScamWarnings("これは詐欺ではありません。還付金を受け取るには手続きが必要です。")).toContain("還付金を受け取る");
  });

  it("a health-insurance union's refund notice that warns about the ATM refund scam is no_signs", async () => {
    const r = await checkMail(fixture("genuine/g7-kenpo-kougaku-kanpu-ja.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
  });

  it("the refund lure at a stranger's site is still suspicious, also when it adds a scam warning", () => {
    const lure = "あなたの所得税の還付金があります。還付金を受け取るには、以下のリンクから手続きを行ってください。";
    for (const text of [lure, `${lure}\n最近、還付金詐欺が増えています。詐欺にご注意ください。`, `詐欺にご注意のうえ、${lure}`]) {
      const r = check({ from: "還付金窓口 <info@kanpu-info.com>", subject: "還付金のお知らせ", text, links: [link("https://kanpu-info.com/")] });
      expect(r.verdict, text).not.toBe("no_signs");
    }
  });
});

describe("Google Maps' share links (maps.app.goo.gl)", () => {
  it("are Google's own, not the goo.gl shortener: a friend's lunch invitation is no_signs", async () => {
    expect(domainFacts(rules, "maps.app.goo.gl").shortener).toBe(false);
    const r = await checkMail(fixture("genuine/g7-gmail-maps-share-ja.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
    expect(codes(r)).not.toContain("link_shortener");
  });

  it("goo.gl itself, and any other host under it, is still a shortener", async () => {
    expect(domainFacts(rules, "goo.gl").shortener).toBe(true);
    expect(domainFacts(rules, "app.goo.gl").shortener).toBe(true);
    const r = await checkMail(
      mail({ fromName: "Amazon.co.jp", from: "info@amazon-co-jp.top", subject: "【Amazon】アカウントが一時停止されました", body: "お支払い方法に問題があります。24時間以内にご確認ください。\nhttps://goo.gl/Xy12Ab\n" }),
      rules,
    );
    expect(r.verdict).toBe("dangerous");
    expect(codes(r)).toContain("link_shortener");
  });
});

describe("a UK lender's pre-approved offer with its abbreviated disclosure", () => {
  const offer = (footer: string) =>
    check({
      from: "ClearScore <hello@email.clearscore.com>",
      subject: "Your pre-approved loan offers have been updated",
      text: `You're pre-approved for 3 personal loans, from 6.1% APR.\nView offer\n${footer}`,
      links: [link("https://www.zopa.com/loans?utm_source=clearscore", "View offer")],
    });

  it("'authorised and regulated by the FCA', 'Financial Services Register No.' are a regulated lender's: no spam_offer", () => {
    expect(offer("Clear Score Technology Limited is authorised and regulated by the FCA (FRN 654446).").codes).not.toContain("spam_offer");
    expect(offer("Authorised by the PRA and regulated by the FCA and the PRA (Financial Services Register No. 759676).").codes).not.toContain("spam_offer");
  });

  it("junk credit that only name-drops the regulator is still spam_offer", () => {
    for (const footer of ["", "FCA approved lenders only. Bad credit OK!", "We work with lenders across the UK, the FCA and PRA protect you."])
      expect(offer(footer).codes, footer).toContain("spam_offer");
  });

  it("the gallery's ClearScore and Barclays offers are no_signs", async () => {
    for (const name of ["g7-clearscore-loan-offers-en", "g7-barclays-loan-offer-en"]) {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(r.verdict, `${name}: ${summary(r)}`).toBe("no_signs");
    }
  });
});

describe("brands' own domains added to the catalogue (yahoo-net.jp, mercadolivre.com)", () => {
  it("their own notices are no_signs", async () => {
    for (const name of ["g7-yahoo-auction-rakusatsu-ja", "g7-mercadolivre-a-caminho-pt"]) {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(r.verdict, `${name}: ${summary(r)}`).toBe("no_signs");
    }
    expect(domainFacts(rules, "support.yahoo-net.jp").official).toBeDefined();
  });

  it("lookalikes of them with a lure stay dangerous", async () => {
    const yahoo = await checkMail(
      mail({ fromName: "Yahoo!オークション", from: "auction@yahoo-net-jp.top", subject: "【重要】お支払いが確認できません", body: "落札代金のお支払いが確認できません。本日中に下記よりカード情報を更新してください。\nhttps://yahoo-net-jp.top/pay\n" }),
      rules,
    );
    expect(yahoo.verdict, summary(yahoo)).toBe("dangerous");
    const ml = await checkMail(
      mail({ fromName: "Mercado Livre", from: "envios@mercadolivre-entrega.com", subject: "Seu pacote está retido", body: "Seu pacote está retido. Pague a taxa de R$ 9,90 em 24 horas ou ele será devolvido.\nhttps://mercadolivre-entrega.com/pagar\n" }),
      rules,
    );
    expect(ml.verdict, summary(ml)).toBe("dangerous");
  });
});

describe("a gift service's product picture after its own logo", () => {
  it("LINEギフト passing on a Starbucks ticket claims no Starbucks, direct or with its authentication gone", async () => {
    const raw = new TextDecoder().decode(fixture("genuine/g7-line-gift-received-ja.eml"));
    for (const m of [raw, raw.replace(/^Authentication-Results:.*\r?\n(?:[ \t].*\r?\n)*/gm, "")]) {
      const r = await checkMail(m, rules);
      expect(r.verdict, summary(r)).toBe("no_signs");
      expect(codes(r)).not.toContain("claimed_brand_unofficial_sender");
    }
  });

  const html = (fromName: string, from: string, alts: [string, string]) =>
    mail({ fromName, from, subject: "ギフトが届きました", body: "" }).replace(
      /Content-Type: text\/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n$/,
      `Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<img src="https://img.example.com/1.png" alt="${alts[0]}"><img src="https://img.example.com/2.png" alt="${alts[1]}"><p>ギフトを受け取るには下記からログインしてください。</p><p><a href="https://gift-uketori.top/login">受け取る</a></p>\r\n`,
    );

  it("the same pictures from a stranger's domain, or under a first image that is not the sender's name, still claim the brand", async () => {
    const stranger = await checkMail(html("LINEギフト", "gift@line-gift-jp.top", ["LINEギフト", "Amazonギフトカード"]), rules);
    expect(codes(stranger)).toContain("claimed_brand_unofficial_sender");
    const notOwn = await checkMail(html("LINEギフト", "no-reply@gift.line.me", ["ギフトのお知らせ", "Amazonギフトカード"]), rules);
    expect(codes(notOwn)).toContain("claimed_brand_unofficial_sender");
  });
});

describe("a co-branded masthead or first line naming the sender itself ('Microsoft × Sansan' from sansan.com)", () => {
  it("a co-hosted webinar invitation claims no Microsoft, direct or with its authentication gone", async () => {
    const raw = new TextDecoder().decode(fixture("genuine/g7-webinar-cohost-microsoft-ja.eml"));
    for (const m of [raw, raw.replace(/^Authentication-Results:.*\r?\n(?:[ \t].*\r?\n)*/gm, "")]) {
      const r = await checkMail(m, rules);
      expect(r.verdict, summary(r)).toBe("no_signs");
      expect(codes(r)).not.toContain("claimed_brand_unofficial_sender");
    }
  });

  const lure = (fromName: string, from: string, alts: [string, string], first = "") =>
    mail({ fromName, from, subject: "Microsoft 365: password expires today", body: "" }).replace(
      /Content-Type: text\/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n$/,
      `Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<img src="https://img.example.com/1.png" alt="${alts[0]}"><img src="https://img.example.com/2.png" alt="${alts[1]}"><p>${first}</p><p>Your password expires today. Sign in to keep your password.</p><p><a href="https://${from.split("@")[1]}/login">Keep my password</a></p>\r\n`,
    );

  it("a sender whose own name is a brand's, a brand-named domain or a free mailbox still claims the brand", async () => {
    for (const [fromName, from, alts] of [
      ["Account Team", "notice@microsoft-support-center.com", ["Microsoft", "microsoft-support-center"]],
      ["Account Team", "it.helpdesk.tokyo@gmail.com", ["Microsoft", "Gmail"]],
      ["Account Team", "notice@paypal-service.net", ["Microsoft", "PayPal Service"]],
    ] as const) {
      const r = await checkMail(lure(fromName, from, [...alts]), rules);
      expect(codes(r).some((c) => c === "claimed_brand_unofficial_sender" || c === "sender_freemail_brand"), `${from}: ${summary(r)}`).toBe(true);
      expect(r.verdict, `${from}: ${summary(r)}`).not.toBe("no_signs");
    }
  });
});
