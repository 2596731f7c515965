/**
 * Round 3 of the gallery (tests/fixtures/genuine/fwd2-*): genuine but alarming mail as people forward it to ask
 * "is this real?" — and the phishing counterparts of the fixes it needed. The gallery test runs every fwd2 file;
 * here each fix is held to its nearest phishing counterpart.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { publicBodyHost } from "../../src/facts/public-body";
import { fixture } from "../fixtures";
import { composeReply } from "../../src/reply/compose";
import { counterpartMail } from "../counterpart-mail";

const rules = compileRules(defaultRules());
const summary = (r: Awaited<ReturnType<typeof checkMail>>) => `${r.verdict} ${r.score}: ${r.reasons.map((x) => x.code).join(", ")}`;
const codes = (r: Awaited<ReturnType<typeof checkMail>>) => r.reasons.map((x) => x.code);

const mail = counterpartMail;

describe("regional savings and cooperative banks on their own .de domains (sparkasse-<region>.de, volksbank-<region>.de)", () => {
  it("their forwarded notices are no_signs, said only as 'not among the known domains'", async () => {
    for (const name of ["fwd2-outlook-de-sparkasse-pushtan", "fwd2-gmail-de-volksbank-postfach"]) {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(r.verdict, `${name}: ${summary(r)}`).toBe("no_signs");
      expect(codes(r)).toContain("sender_brand_unlisted_domain");
      expect(codes(r)).not.toContain("sender_brand_in_domain");
      expect(codes(r)).not.toContain("link_brand_unlisted_domain");
    }
  });

  const lure = (host: string, fromName = "Sparkasse") =>
    mail({
      fromName,
      from: `service@${host}`,
      subject: "Wichtig: Ihr Online-Banking wurde gesperrt",
      body: `Sehr geehrter Kunde,\nIhr Online-Banking wurde aus Sicherheitsgründen gesperrt. Bestätigen Sie Ihre Daten innerhalb von 24 Stunden, sonst wird Ihr Konto dauerhaft gesperrt.\nhttps://${host}/login\n`,
    });

  it("the brand with a phishing word instead of a place, or on another ending, stays dangerous", async () => {
    for (const host of ["sparkasse-sicherheit.de", "sparkasse-pushtan.de", "volksbank-online-banking.de", "sparkasse-kundenservice.de", "sparkasse-rhein-neckar-nord.com", "sparkasse-koeln.top", "sparkasse-de.com"]) {
      const r = await checkMail(lure(host, host.startsWith("volksbank") ? "Volksbank" : "Sparkasse"), rules);
      expect(r.verdict, `${host}: ${summary(r)}`).toBe("dangerous");
      expect(codes(r), host).not.toContain("sender_brand_unlisted_domain");
    }
  });

  it("a made-up region on .de is only 'not confirmed', and its lure still stands out", async () => {
    const r = await checkMail(lure("sparkasse-rhein-main-nord.de"), rules);
    expect(codes(r)).toContain("sender_brand_unlisted_domain");
    expect(r.verdict, summary(r)).not.toBe("no_signs");
  });
});

describe("a designated city's own domain (city.kawasaki.jp) is a public body's", () => {
  it("the city's forwarded 口座振替不能 notice (督促, 延滞金) is no_signs", async () => {
    const r = await checkMail(fixture("genuine/fwd2-outlook-ja-city-furikae-funou.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
  });

  it("only the designated cities' own names count", () => {
    expect(["city.kawasaki.jp", "www.city.kawasaki.jp", "city.yokohama.jp", "city.chiba.jp", "www.city.osaka.jp"].every(publicBodyHost)).toBe(true);
    expect(["city.sagamihara.jp", "city-kawasaki.jp", "kawasaki-city.jp", "evil.kawasaki.jp", "city.kawasaki.jp.evil.com", "city.kawasaki.evil.jp"].some(publicBodyHost)).toBe(false);
  });

  it("the same reminder from a look-alike of the city's domain stays flagged", async () => {
    const body = "市民税・県民税の口座振替ができませんでした。納付が確認できない場合は督促状をお送りし、延滞金がかかることがあります。下記から本日中にお支払いください。\n";
    for (const host of ["city-kawasaki.jp", "city.kawasaki-zei.com"]) {
      const r = await checkMail(mail({ fromName: "川崎市 収納対策課", from: `zeimu@${host}`, subject: "【川崎市】市税の口座振替ができませんでした", body: `${body}https://${host}/pay\n`, auth: false }), rules);
      expect(r.verdict, `${host}: ${summary(r)}`).not.toBe("no_signs");
    }
  });
});

const replyText = async (raw: string | Uint8Array) => {
  const r = await checkMail(raw, rules, { forwarder: "hanako.sato@gmail.com" });
  return { r, text: (composeReply({ kind: "verdict", result: r }) as { text: string }).text };
};

describe("a code the mail gives is not a code it asks for", () => {
  it("a security-code mail (セキュリティ コード: 482913, in heading and subject too) does not 'ask for' it", async () => {
    for (const name of ["fwd2-outlook-ja-microsoft-code", "fwd2-gmail-zh-microsoft-code"]) {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(codes(r), name).not.toContain("asks_secrets");
    }
  });

  it("a page asking for the card's security code, or a 3-digit one, still asks", async () => {
    const ask = (body: string) =>
      mail({ fromName: "カード会員サービス", from: "info@card-kakunin.example.com", subject: "【重要】セキュリティコードの確認", body: `${body}\nhttps://card-kakunin.example.com/verify\n` });
    for (const body of ["カード番号、有効期限、セキュリティコードを入力してください。", "セキュリティコード：123 の確認が必要です。", "セキュリティコード：\nカード番号："]) {
      expect(codes(await checkMail(ask(body), rules)), body).toContain("asks_secrets");
    }
  });
});

describe("what a 'no signs' reply says of its weak signs is true of a genuine mail", () => {
  it("a city's 督促 and 延滞金 are said as words genuine notices use too, not as a trick", async () => {
    const { r, text } = await replyText(fixture("genuine/fwd2-outlook-ja-city-furikae-funou.eml"));
    expect(r.verdict).toBe("no_signs");
    expect(text).toContain("Genuine notices use such words too");
    expect(text).toContain("本物のお知らせでも使われる言葉です");
    expect(text).not.toContain("meant to make you act before you think");
    expect(text).not.toContain("It tries to rush or scare you");
  });

  it("a refund notice's 還付金を受け取 is 'words about payment', not 'it asks for your card'", async () => {
    const { r, text } = await replyText(fixture("genuine/rt-kenpo-refund-notice-ja.eml"));
    expect(r.verdict).toBe("no_signs");
    expect(text).toContain("It has words about payment or card details");
    expect(text).not.toContain("It asks for your card");
    expect(text).not.toContain("入力を求めています");
  });

  it("in a flagged mail the same words are still said as what they do", async () => {
    const { r, text } = await replyText(
      mail({ fromName: "還付金窓口", from: "info@kanpu-info.com", subject: "還付金のお知らせ", body: "あなたの所得税の還付金があります。還付金を受け取るには、本日中に以下のリンクからカード番号を入力してください。延滞金が発生します。\nhttps://kanpu-info.com/\n" }),
    );
    expect(r.verdict).not.toBe("no_signs");
    expect(text).toContain("It asks for");
    expect(text).toContain("It tries to rush or scare you");
  });
});

describe("the 'still unsure' advice without a brand names no company", () => {
  it("a school's, a hospital's and a city's notice: ask the sender on its website or a known number", async () => {
    for (const name of ["fwd2-apple-ja-school-gakkyu-heisa", "fwd2-gmail-ja-hospital-yoyaku-henkou", "fwd2-outlook-ja-city-furikae-funou"]) {
      const { text } = await replyText(fixture(`genuine/${name}.eml`));
      expect(text, name).not.toContain("company's app");
      expect(text, name).toContain("a phone number you already know");
      expect(text, name).toContain("前から知っている電話番号");
    }
  });

  it("a brand's notice still points to the company's own app", async () => {
    const { text } = await replyText(fixture("genuine/fwd2-apple-ja-paypay-login.eml"));
    expect(text).toContain("company's app");
  });
});

describe("trust leftovers: a payment tag, Google Forms' short domain, services that send for their users", () => {
  const shopOrder = (from: string, fromName: string, subject: string, body: string, auth = true) => mail({ fromName, from, subject, body, auth });

  it("a shop's 【Amazon Pay】 order mail is not Amazon speaking", async () => {
    const r = await checkMail(
      shopOrder("order@hanamizuki-coffee.jp", "はなみずき珈琲", "【Amazon Pay】ご注文ありがとうございます", "Amazon Payでのお支払いにて、以下のご注文を承りました。\n合計：3,240円\nhttps://www.hanamizuki-coffee.jp/mypage/orders/HM-0042\n"),
      rules,
    );
    expect(r.verdict, summary(r)).toBe("no_signs");
    expect(codes(r)).not.toContain("claimed_brand_unofficial_sender");
  });

  it("Amazon Pay named by a stranger's From, or a lure under the tag, stays flagged", async () => {
    const lure = "お支払い方法に問題が発生したため、アカウントを一時停止しました。24時間以内に以下からお支払い情報を更新してください。\nhttps://amazonpay-kakunin.top/update\n";
    const named = await checkMail(shopOrder("info@pay-kakunin.example.com", "Amazon Pay", "【Amazon Pay】お支払い方法の確認", lure), rules);
    expect(named.verdict, summary(named)).toBe("dangerous");
    const tagOnly = await checkMail(shopOrder("info@pay-kakunin.example.com", "カスタマーセンター", "【Amazon Pay】お支払い方法の確認", lure), rules);
    expect(tagOnly.verdict, summary(tagOnly)).not.toBe("no_signs");
  });

  it("forms.gle is Google Forms' own short address, not a link shortener; a password asked there still counts", async () => {
    const club = await checkMail(shopOrder("midorigaoka.tennis@gmail.com", "緑ヶ丘テニスクラブ 山本", "12月の練習会 参加申込", "12月の練習会の参加申込はこちらのフォームからお願いします。\nhttps://forms.gle/a8Qk3vN2pT7xLm0Z9\n"), rules);
    expect(codes(club)).not.toContain("link_shortener");
    expect(club.verdict, summary(club)).toBe("no_signs");
    const ask = await checkMail(
      shopOrder("it-support@univ-mail.example.com", "IT Helpdesk", "Mailbox verification", "Your mailbox will be closed today. Enter your email address and password in the form below to keep it.\nhttps://forms.gle/Xq7Lm2Pk9vT4aB8c6\n"),
      rules,
    );
    expect(codes(ask)).toContain("form_asks_password");
    expect(ask.verdict, summary(ask)).not.toBe("no_signs");
  });

  it("Doodle's, Square's and a Shopify shop's Reply-To the organiser or the shop is no 'replies go elsewhere'", async () => {
    for (const name of ["p2p-doodle-poll-invite", "p2p-square-invoice-bakery", "shopify-shop-order"]) {
      const r = await checkMail(fixture(`genuine/${name}.eml`), rules);
      expect(codes(r), name).not.toContain("reply_to_elsewhere");
    }
  });

  it("the same Reply-To from a look-alike of the service, from its forged address, or naming a brand, still is", async () => {
    const poll = (from: string, fromName: string, auth = true) =>
      mail({ fromName, from, subject: "Yuki invited you to a Doodle poll", body: "Please vote for the dates.\nhttps://doodle.com/meeting/participate/id/e8KqLm2a\n", auth }).replace(
        "MIME-Version: 1.0",
        "Reply-To: Yuki Kobayashi <yuki.k.1989@gmail.com>\r\nMIME-Version: 1.0",
      );
    for (const [from, fromName, auth] of [["mailer@doodle-polls.com", "Yuki Kobayashi via Doodle", true], ["mailer@doodle.com", "Yuki Kobayashi via Doodle", false], ["mailer@doodle.com", "PayPal", true]] as const) {
      const r = await checkMail(poll(from, fromName, auth), rules);
      expect(codes(r), `${from} ${fromName} ${auth}`).toContain("reply_to_elsewhere");
    }
  });
});

describe("not every service that sends for its users is trusted with a Reply-To", () => {
  it("an Eventbrite 'order confirmation' whose answers go to a free mailbox stays 'replies go elsewhere'", async () => {
    const raw = mail({ fromName: "Eventbrite", from: "noreply@order.eventbrite.com", subject: "Order Confirmation for Zoo Sydney", body: "Thanks for your order. Reply to this email to receive your tickets.\n" }).replace(
      "MIME-Version: 1.0",
      "Reply-To: tickets.desk2026@yahoo.com\r\nMIME-Version: 1.0",
    );
    expect(codes(await checkMail(raw, rules))).toContain("reply_to_elsewhere");
  });
});
