/**
 * The genuine-mail gallery (tests/fixtures/genuine/, see its README): every genuine mail there — couriers, card
 * and bank notices, security notices the user caused, receipts, SaaS notifications, bookings, newsletters sent
 * through mail services, list posts, inline forwards — runs through the real check with the default rules.
 * None may be dangerous, also with its authentication results gone (as a forward or a stripping client leaves
 * it); each must be no_signs unless the table below says why suspicious is acceptable for it.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { withoutPromises } from "../../src/facts/phrases";
import { explain } from "../../src/reply/reasons";
import { composeReply } from "../../src/reply/compose";
import { fixture, fixturePaths, fixtureText } from "../fixtures";
import { counterpartMail } from "../counterpart-mail";

const rules = compileRules(defaultRules());

/** Gallery mails allowed to come out suspicious (never dangerous), with the reason. Keep this tiny. */
const SUSPICIOUS_OK: Record<string, string> = {
  // Measured: letting the sender's own authenticated links carry the address lost 4 phishing_pot phish
  // (95.4% -> 95.2%) and no ham; the build is the same as tracked spam's, so "suspicious" stays.
  "shop-mailmag-address-in-links":
    "its content links carry the reader's address in clear (?u=you@…) and it has a bit.ly link: built like tracked spam",
};

const GALLERY = fixturePaths()
  .filter((p) => p.startsWith("genuine/") && p.endsWith(".eml"))
  .sort();
const withoutAuth = (path: string) =>
  fixtureText(path).replace(/^Authentication-Results:.*\r?\n(?:[ \t].*\r?\n)*/gm, "");
const summary = (r: Awaited<ReturnType<typeof checkMail>>) =>
  `${r.verdict} ${r.score}: ${r.reasons.map((x) => x.code).join(", ")}`;

describe("genuine-mail gallery", () => {
  it("holds the whole gallery (rounds 1 to 4, the red teams, the public-body notice, people and small organisations)", () => {
    expect(GALLERY.length).toBeGreaterThanOrEqual(627);
  });

  it("lists only gallery files as exceptions", () => {
    for (const name of Object.keys(SUSPICIOUS_OK)) expect(GALLERY).toContain(`genuine/${name}.eml`);
  });

  for (const path of GALLERY) {
    const name = path.slice("genuine/".length, -".eml".length);
    it(`${name}: ${SUSPICIOUS_OK[name] ? "not dangerous" : "no signs"}`, async () => {
      const r = await checkMail(fixture(path), rules);
      expect(r.verdict, summary(r)).not.toBe("dangerous");
      if (!SUSPICIOUS_OK[name]) expect(r.verdict, summary(r)).toBe("no_signs");
    });

    it(`${name} without its authentication results: not dangerous`, async () => {
      const r = await checkMail(withoutAuth(path), rules);
      expect(r.verdict, summary(r)).not.toBe("dangerous");
    });
  }
});

const mail = counterpartMail;

describe("phishing counterparts of the gallery's fixes", () => {
  it("au PAY カード from its own kddi-fs.com is no_signs; a kddi-fs-… lookalike with a login link stays dangerous", async () => {
    const body = (host: string) =>
      `au PAY カードをご利用いただきありがとうございます。\nお客様のカードに不正利用の可能性があるため、ご利用を一時停止しました。\n24時間以内に本人確認を行ってください。\nhttps://${host}/member/login\n`;
    const genuine = await checkMail(mail({ fromName: "au PAY カード", from: "info@kddi-fs.com", subject: "【au PAY カード】ご利用代金明細確定のお知らせ", body: "12月10日お支払い分のご利用代金明細が確定しました。\nhttps://www.kddi-fs.com/member/meisai/\n" }), rules);
    expect(genuine.verdict).toBe("no_signs");
    const phish = await checkMail(mail({ fromName: "au PAY カード", from: "info@kddi-fs-card.com", subject: "【au PAY カード】ご利用確認のお願い", body: body("www.kddi-fs-card.com") }), rules);
    expect(phish.verdict).toBe("dangerous");
    expect(phish.reasons.map((r) => r.code)).toContain("sender_brand_in_domain");
  });
});

describe("a company's own Japanese organisation domain (eplus.co.jp for eplus.jp)", () => {
  const notice = (from: string, link: string, auth = true) => {
    const raw = mail({ fromName: "イープラス", from, subject: "【イープラス】スマチケ表示開始のお知らせ", body: `お申し込みのチケットがスマチケで表示できるようになりました。\n${link}\n` });
    return auth ? raw : raw.replace(/^Authentication-Results:.*\r\n/, "");
  };

  it("authenticated: its display name is its own (no_signs); unauthenticated only a weak sign", async () => {
    expect((await checkMail(notice("info@eplus.co.jp", "https://eplus.jp/sf/mypage"), rules)).verdict).toBe("no_signs");
    const bare = await checkMail(notice("info@eplus.co.jp", "https://eplus.jp/sf/mypage", false), rules);
    expect(bare.verdict).toBe("no_signs");
    const weak = bare.reasons.find((r) => r.code === "sender_name_brand_mismatch");
    expect(weak?.severity).toBe("medium");
    // Said as what it is: the brand's name at a domain we don't know as its own, with nothing confirming it.
    expect(weak?.params.twin).toBe("1");
    const said = explain(weak!);
    expect(said.en).toContain("a domain with");
    expect(said.en).not.toContain("is not one of");
  });

  it("another name at co.jp is a claim (flagged), and a forged twin whose links go elsewhere stays dangerous", async () => {
    const other = await checkMail(notice("info@eplus-ticket.co.jp", "https://eplus-ticket.co.jp/login"), rules);
    expect(other.reasons.map((r) => r.code)).toContain("sender_name_brand_mismatch");
    // (Its only sign is that claim, its links on its own domain: a warning — see loneUnlistedClaim.)
    expect(other.verdict).toBe("suspicious");
    const forged = await checkMail(
      mail({ fromName: "ＥＴＣ利用照会サービス", from: "news@etc-meisai.co.jp", subject: "ETCサービスの無効化のお知らせ", body: "ETCサービスは無効になりました。引き続きご利用いただくには、下記のリンクから詳細をご確認ください。\nhttps://etc-meisai-jp.top/login\n" }).replace(/^Authentication-Results:.*\r\n/, ""),
      rules,
    );
    expect(forged.verdict).toBe("dangerous");
  });
});

describe("a mailing list's own address as From and To (DMARC From-rewriting)", () => {
  const post = (listHeaders: string) =>
    mail({
      fromName: "Taro Yamada via osgeo-users",
      from: "osgeo-users@lists.osgeo.jp",
      to: "osgeo-users@lists.osgeo.jp",
      subject: "[osgeo-users] QGIS 3.40 のタイル表示",
      body: "山田です。同じ現象がこちらでも出ました。\n",
      headers: listHeaders,
    });
  const codes = async (raw: string) => (await checkMail(raw, rules)).reasons.map((r) => r.code);

  it("is not 'from your own address' when List-Post or List-Id names it", async () => {
    expect(await codes(post("List-Post: <mailto:osgeo-users@lists.osgeo.jp>"))).not.toContain("sender_is_you");
    expect(await codes(post("List-Id: OSGeo Japan users <osgeo-users.lists.osgeo.jp>"))).not.toContain("sender_is_you");
  });

  it("mail from the recipient's own address without such a list, or naming another list, still is", async () => {
    expect(await codes(post(""))).toContain("sender_is_you");
    expect(await codes(post("List-Id: <other.lists.osgeo.jp>\r\nList-Post: <mailto:other@lists.osgeo.jp>"))).toContain("sender_is_you");
    const extortion = mail({ fromName: "hanako.sato", from: "hanako.sato@gmail.com", subject: "Your account was hacked", body: "I have access to your device. Pay 1200 USD in Bitcoin within 48 hours.\n" });
    expect(await codes(extortion)).toContain("sender_is_you");
  });
});

describe("a shop's mail through its platform's mail service (Shopify)", () => {
  const html = (o: { fromName: string; from: string; link: string }) =>
    mail({ ...o, subject: "Order #1087 confirmed", body: "" }).replace(
      /Content-Type: text\/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n$/,
      `Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<img src="https://cdn.shopify.com/s/files/1/0712/3456/7890/files/logo.png" alt=""><p>Thank you for your purchase!</p><p><a href="${o.link}">View your order</a></p><img src="https://cdn.shopify.com/s/files/1/0712/3456/7890/products/mug.jpg" alt="">\r\n`,
    );
  const codes = async (raw: string) => (await checkMail(raw, rules)).reasons.map((r) => r.code);

  it("images on the platform's servers are the shop's when the platform's mail service sends it, authenticated", async () => {
    const shop = await codes(html({ fromName: "Kobo Hinata", from: "store+71234567@t.shopifyemail.com", link: "https://kobo-hinata.myshopify.com/71234567/orders/4f8e" }));
    expect(shop).not.toContain("claimed_brand_unofficial_sender");
  });

  it("the same images in mail from anyone else, or a mail service's mail that names the platform, still claim it", async () => {
    expect(await codes(html({ fromName: "Order desk", from: "info@richmond-parish.example.com", link: "https://clicks.aweber.com/y/ct/?l=LLWd61" }))).toContain("claimed_brand_unofficial_sender");
    expect(await codes(html({ fromName: "Shopify Support", from: "store+1@t.shopifyemail.com", link: "https://kobo-hinata.myshopify.com/login" }))).toContain("sender_name_brand_mismatch");
  });
});

describe("brands' own service domains (au PAY マーケット at wowma.jp, NHK受信料の窓口 at nhk-cs.jp)", () => {
  it("their own notices are no_signs; lookalikes of them with a payment link stay dangerous", async () => {
    const own = await checkMail(mail({ fromName: "au PAY マーケット", from: "order@wowma.jp", subject: "【au PAY マーケット】ご注文完了のお知らせ", body: "ご注文を承りました。\nhttps://wowma.jp/user/order/history\n" }), rules);
    expect(own.verdict).toBe("no_signs");
    const nhk = await checkMail(mail({ fromName: "NHK受信料窓口", from: "jushinryo@cs.nhk.or.jp", subject: "【NHK】お支払い方法変更手続き完了のお知らせ", body: "お手続き内容の確認\nhttps://www.nhk-cs.jp/jushinryo/\n" }).replace(/^Authentication-Results:.*\r\n/, ""), rules);
    expect(nhk.verdict).toBe("no_signs");
    const lure = "受信料のお支払いが確認できません。本日中に下記よりお支払い情報を更新してください。更新がない場合は法的手続きに移行します。\n";
    const fake = await checkMail(mail({ fromName: "NHK受信料窓口", from: "info@nhk-cs-jp.com", subject: "【NHK】受信料未払いのお知らせ", body: `${lure}https://nhk-cs-jp.com/pay\n` }), rules);
    expect(fake.verdict).toBe("dangerous");
    const fakeAu = await checkMail(mail({ fromName: "au PAY マーケット", from: "info@wowma-jp.top", subject: "【au PAY マーケット】お支払い情報の確認", body: `ご注文のお支払いが確認できません。24時間以内にカード情報を更新してください。\nhttps://wowma-jp.top/login\n` }), rules);
    expect(fakeAu.verdict).toBe("dangerous");
  });
});

describe("a shop's subject tag naming how the order was paid (【楽天ペイ決済】)", () => {
  const order = (fromName: string, subject: string, link: string) =>
    mail({ fromName, from: "order@hanamizuki-coffee.com", subject, body: `ご注文ありがとうございます。お支払いを確認いたしました。\n${link}\n` });

  it("is the payment method, not who writes", async () => {
    const r = await checkMail(order("はなみずき珈琲", "【楽天ペイ決済】ご注文ありがとうございます", "https://hanamizuki-coffee.com/mypage/orders/31"), rules);
    expect(r.verdict).toBe("no_signs");
  });

  it("a brand's own tag (【楽天カード】), or the brand as the sender's name, is still a claim", async () => {
    const tag = await checkMail(order("カスタマーセンター", "【楽天ペイ】お支払い情報の確認のお願い", "https://rakutenpay-check.top/login"), rules);
    expect(tag.reasons.map((x) => x.code)).toContain("claimed_brand_unofficial_sender");
    const name = await checkMail(order("楽天ペイ", "【楽天ペイ決済】お支払いが完了していません", "https://rakutenpay-check.top/login"), rules);
    expect(name.verdict).toBe("dangerous");
  });
});

describe("a notice's promise never to ask (カード番号・暗証番号をお尋ねすることはありません)", () => {
  const codes = async (body: string) =>
    (await checkMail(mail({ fromName: "三井住友カード", from: "info@smcc-notice.example.com", subject: "ご利用のお知らせ", body }), rules)).reasons.map((r) => r.code);
  const promise = "※当社がメールでカード番号・暗証番号・セキュリティコードをお尋ねすることはありません。\n";

  it("blanks the promise's sentence only, so its words are not 'asked for'", async () => {
    expect(withoutPromises(`ご利用ありがとうございます。${promise}三井住友カード`)).not.toContain("暗証番号");
    expect(withoutPromises(`We will never ask for your password.\nThanks`)).not.toContain("password");
    expect(await codes(`ご利用内容をお知らせします。\n${promise}`)).not.toContain("asks_secrets");
  });

  it("blanks a promise about asking only, up to its sentence's end", () => {
    // "…will not be suspended (停止されることはありません) if you confirm today" is pressure, not a promise.
    expect(withoutPromises("本日中にご確認いただければ、アカウントが停止されることはありません。")).toContain("停止");
    expect(withoutPromises("パスワードの入力を求めることは一切ございません")).not.toContain("パスワード");
    expect(withoutPromises("当社がメールでカード番号・暗証番号を入力させることはありません。")).not.toContain("カード番号");
    expect(withoutPromises("カード番号を入力させたりすることはありません。")).not.toContain("カード番号");
    const asks = withoutPromises("PayPal will never ask for your password by email. To restore access, confirm your password and card details here.");
    expect(asks).not.toContain("by email");
    expect(asks).toContain("confirm your password and card details");
  });

  it("a mail that promises and then asks still asks", async () => {
    expect(await codes(`${promise}本人確認のため、下記よりカード番号とセキュリティコードを入力してください。\nhttps://smcc-notice.example.com/verify\n`)).toContain("asks_secrets");
  });
});

describe("a courier's or shop's shipping notice mentioning 再配達 (re-delivery)", () => {
  it("has no weak sign for it: 再配達 alone is how every genuine delivery notice talks", async () => {
    const r = await checkMail(fixture("genuine/shop-shipping-yamato.eml"), rules);
    expect(r.reasons.filter((x) => x.points > 0).map((x) => x.code)).toEqual([]);
  });

  it("a missed-delivery lure still counts its words and is dangerous", async () => {
    const r = await checkMail(
      mail({
        fromName: "ヤマト運輸",
        from: "notice@yamato-unyu.example.com",
        subject: "お荷物のお届けについて",
        body: "お荷物をお届けに上がりましたが不在のため持ち帰りました。再配達のご依頼は下記より。\nhttps://kuroneko-redelivery.top/track\n",
      }),
      rules,
    );
    expect(r.verdict).toBe("dangerous");
    expect(r.reasons.map((x) => x.code)).toContain("pressure");
  });
});

describe("round 2: a brand's other own sending domains (大和証券 daiwa.co.jp, Colissimo notif-colissimo-laposte.info, DGFiP dgfip.finances.gouv.fr)", () => {
  it("their own notices are no_signs, confirmed as the brand's", async () => {
    for (const [fromName, from, subject, body] of [
      ["大和証券", "mail@daiwa.co.jp", "【大和証券】電子交付書面のお知らせ", "取引報告書を交付しました。\nhttps://www.daiwa.jp/\n"],
      ["Colissimo", "noreply@notif-colissimo-laposte.info", "Votre colis sera livré demain", "Votre colis 6A21938471025 sera livré demain.\nhttps://www.laposte.fr/outils/suivre-vos-envois?code=6A21938471025\n"],
      ["impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr", "Votre avis d'impôt est disponible", "Votre avis est disponible dans votre espace particulier.\nhttps://www.impots.gouv.fr\n"],
    ] as const) {
      const r = await checkMail(mail({ fromName, from, subject, body }), rules);
      expect(r.verdict, summary(r)).toBe("no_signs");
      expect(r.reasons.map((x) => x.code)).toContain("auth_pass_official");
    }
  });

  it("lookalikes of those domains with a lure stay dangerous", async () => {
    const lure = "Votre colis est en attente de livraison. Des frais de 1,99 EUR doivent être réglés sous 48 heures, sinon il sera retourné.\n";
    for (const host of ["notif-colissimo-laposte.com", "colissimo-laposte-notif.info"]) {
      const r = await checkMail(mail({ fromName: "Colissimo", from: `suivi@${host}`, subject: "Votre colis est en attente", body: `${lure}https://${host}/paiement\n` }), rules);
      expect(r.verdict, summary(r)).toBe("dangerous");
    }
    const tax = await checkMail(mail({ fromName: "impots.gouv.fr", from: "remboursement@dgfip-finances-gouv.fr", subject: "Remboursement d'impôt", body: "Vous avez droit à un remboursement de 348,50 EUR. Confirmez vos coordonnées bancaires sous 24 heures.\nhttps://dgfip-finances-gouv.fr/remboursement\n" }), rules);
    expect(tax.verdict, summary(tax)).toBe("dangerous");
    const daiwa = await checkMail(mail({ fromName: "大和証券", from: "info@daiwa-sec.co.jp", subject: "【大和証券】お取引の一時停止について", body: "不正アクセスを検知したため、お取引を一時停止しました。24時間以内に本人確認を行ってください。\nhttps://daiwa-sec.co.jp/login\n" }), rules);
    expect(daiwa.verdict, summary(daiwa)).toBe("dangerous");
  });
});

describe("round 2: AliExpress's own image host (ae01.alicdn.com)", () => {
  const html = (from: string, img: string, alt: string, fromName = "AliExpress") =>
    mail({ fromName, from, subject: "Order update", body: "" }).replace(
      /Content-Type: text\/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n$/,
      `Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n<img src="${img}" alt="${alt}"><p>Your order has shipped.</p><p><a href="https://www.aliexpress.com/p/order/index.html">Track order</a></p>\r\n`,
    );
  const codes = async (raw: string) => (await checkMail(raw, rules)).reasons.map((r) => r.code);

  it("AliExpress's logo there, in AliExpress's own mail, is not an Alibaba claim", async () => {
    expect(await codes(html("transaction@notice.aliexpress.com", "https://ae01.alicdn.com/kf/S7b5e9f0a/logo.png", "AliExpress"))).not.toContain("claimed_brand_unofficial_sender");
  });

  it("Alibaba's CDN elsewhere still speaks for Alibaba, and the AliExpress logo from a stranger still claims", async () => {
    expect(await codes(html("transaction@notice.aliexpress.com", "https://img.alicdn.com/tfs/logo.png", "Alibaba"))).toContain("claimed_brand_unofficial_sender");
    expect(await codes(html("service@ali-orders.example.com", "https://ae01.alicdn.com/kf/S7b5e9f0a/logo.png", "AliExpress", "Order Center"))).toContain("claimed_brand_unofficial_sender");
  });
});

describe("round 2: promises never to ask, in French, Spanish, Portuguese, German, Italian", () => {
  it("blanks the promise's sentence", () => {
    for (const t of [
      "L'Assurance Maladie ne vous demande jamais vos coordonnées bancaires par e-mail.",
      "BBVA nunca te pedirá tus claves por correo electrónico.",
      "O Nubank nunca liga ou envia mensagens pedindo sua senha.",
      "Wir fordern Sie niemals per E-Mail auf, Ihre PIN oder TAN einzugeben.",
      "Poste Italiane non ti chiederà mai la password.",
    ])
      expect(withoutPromises(t).trim(), t).toBe("");
  });

  it("a mail that promises and then asks still asks", async () => {
    const r = await checkMail(
      mail({ fromName: "Boutique Lumière", from: "info@boutique-lumiere.example.com", subject: "Votre commande", body: "Nous ne vous demanderons jamais votre mot de passe par e-mail.\nPour débloquer votre commande, confirmez vos coordonnées bancaires et votre mot de passe ici.\nhttps://boutique-lumiere.example.com/verif\n" }),
      rules,
    );
    expect(r.reasons.map((x) => x.code)).toContain("asks_secrets");
  });
});

describe("round 2: phrases read without spaces must not be made of two words of a receipt", () => {
  const codes = async (body: string, fromName = "Bandcamp", from = "noreply@bandcamp.example.com") =>
    (await checkMail(mail({ fromName, from, subject: "Receipt", body }).replace(/^Authentication-Results:.*\r\n/, ""), rules)).reasons.map((r) => r.code);

  it("'$14.00 USD to Bandcamp' is not 'usdt'", async () => {
    expect(await codes("You sent a payment of $14.00 USD to Bandcamp. Total $14.00 USD today.\n")).not.toContain("asks_secrets");
  });

  it("a USDT refund lure still asks for payment", async () => {
    expect(await codes("Claim your 272 USDT.ERC20 refund now. Send it to your USDT wallet.\nhttps://wallet-refunds.example.com/claim\n", "Wallet Support", "support@wallet-refunds.example.com")).toContain("asks_secrets");
  });

  it("'…のご利用を停止のうえご連絡ください' (advice to the holder) is no threat; 'ご利用を停止しております' still is", async () => {
    expect(await codes("お心当たりがない場合は、SMBCダイレクトのご利用を停止のうえ、下記までご連絡ください。\n", "三井住友銀行", "info@dn.smbc.co.jp")).not.toContain("pressure");
    expect(await codes("不正な取引が確認されたため、ご利用を停止しております。\n", "三井住友銀行", "info@smbc-direct.example.com")).toContain("pressure");
  });
});

describe("round 2: what a genuine notice's words are said to be", () => {
  const bare = (o: Parameters<typeof mail>[0]) => mail(o).replace(/^Authentication-Results:.*\r\n/, "");
  const reasons = async (o: Parameters<typeof mail>[0]) => (await checkMail(bare(o), rules)).reasons;

  it("a phrase found inside a longer one found is quoted once ('storage is full' in 'cloud storage is full')", async () => {
    const r = await reasons({ fromName: "iCloud", from: "noreply@email.apple.com", subject: "Your iCloud storage is full.", body: "Upgrade to iCloud+ in Settings.\n" });
    const pressure = r.find((x) => x.code === "pressure");
    expect(pressure?.params.phrases?.split("\u0000")).toEqual(["cloud storage is full"]);
  });

  it("'votre colis' (your parcel) alone is no failed-delivery sign; 'votre colis est en attente' still is", async () => {
    const own = await reasons({ fromName: "Colissimo", from: "noreply@notif-colissimo-laposte.info", subject: "Votre colis sera livré demain", body: "Votre colis 6A21938471025 sera livré demain entre 8h et 13h.\n" });
    expect(own.map((x) => x.code)).not.toContain("pressure");
    const lure = await reasons({ fromName: "Colissimo", from: "suivi@colis-suivi.example.com", subject: "Votre colis est en attente", body: "Votre colis est en attente. Réglez 1,99 EUR de frais de livraison.\nhttps://colis-suivi.example.com/paiement\n" });
    expect(lure.map((x) => x.code)).toContain("pressure");
  });

  it("'we'll help you secure your account' is an invitation to act, not a request for the password", async () => {
    const own = await reasons({ fromName: "Facebook", from: "security@facebookmail.com", subject: "New login to Facebook", body: "If this wasn't you, we'll help you secure your account.\nhttps://www.facebook.com/hacked\n" });
    expect(own.map((x) => x.code)).not.toContain("asks_secrets");
    const phish = await reasons({ fromName: "Facebook", from: "security@fb-help.example.com", subject: "Unusual login", body: "To secure your account, confirm your password and verify your identity here.\nhttps://fb-help.example.com/login\n" });
    expect(phish.map((x) => x.code)).toContain("asks_secrets");
  });

  it("a renewal receipt does not 'ask for card details'; a fake renewal from a free mailbox stays dangerous", async () => {
    const own = await reasons({ fromName: "Norton", from: "noreply@norton.com", subject: "Your Norton 360 subscription has been renewed", body: "Your subscription has been renewed. Amount: $119.99.\nhttps://my.norton.com/extspa/dashboard\n" });
    expect(own.map((x) => x.code)).not.toContain("asks_secrets");
    const fake = await checkMail(mail({ fromName: "Norton LifeLock", from: "billing.norton.team@gmail.com", subject: "Invoice #NL-88213: subscription has been renewed", body: "Your Norton subscription has been renewed and $399.99 has been charged to your card. If you did not authorize this, call our billing department within 24 hours at +1-808-555-0199 to cancel and get a refund.\n" }), rules);
    expect(fake.verdict, summary(fake)).toBe("dangerous");
  });
});

describe("round 2: PayPal's own tracker and image domains (paypal-communication.com, paypalobjects.com)", () => {
  it("PayPal's newsletter through epl.paypal-communication.com is no_signs, also without its authentication results", async () => {
    const r = await checkMail(withoutAuth("genuine/paypal-newsletter-ja.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
    expect(r.reasons.map((x) => x.code)).not.toContain("brand_links_elsewhere");
  });

  it("a paypal-communications.com / paypal-communication.net lookalike stays dangerous", async () => {
    for (const host of ["paypal-communications.com", "paypal-communication.net"]) {
      const r = await checkMail(mail({ fromName: "PayPal", from: `service@${host}`, subject: "アカウントが制限されました", body: `お客様のアカウントは一時的に制限されています。24時間以内にログインして情報を更新してください。\nhttps://epl.${host}/login\n` }), rules);
      expect(r.verdict, summary(r)).toBe("dangerous");
    }
  });
});

describe("round 2: a regional Sparkasse's own domain (sparkasse-koelnbonn.de)", () => {
  it("its Postfach notice is no_signs, also without its authentication results", async () => {
    const r = await checkMail(withoutAuth("genuine/sparkasse-postfach-nachricht.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
  });

  it("a longer name built on it, or another sparkasse-… domain with a lure, stays dangerous", async () => {
    const lure = "Aus Sicherheitsgründen wurde Ihr Online-Banking gesperrt. Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden.\n";
    for (const host of ["sparkasse-koelnbonn-sicherheit.de", "sparkasse-kundenservice.de"]) {
      const r = await checkMail(mail({ fromName: "Sparkasse KölnBonn", from: `service@${host}`, subject: "Ihr Konto wurde eingeschränkt", body: `${lure}https://${host}/login\n` }), rules);
      expect(r.verdict, summary(r)).toBe("dangerous");
    }
  });
});

describe("round 2: a receipt's support line ('any questions, contact us at billing@… or call …')", () => {
  const receipt = (support: string, from = "receipts+acct_1NxQ2bK8aZ3f@stripe.com") =>
    mail({ fromName: "Hinata Kobo", from, subject: "Your receipt from Hinata Kobo #2418-3391", body: `Amount paid ¥5,500. Order number 2418-3391.\n${support}\n` });
  const codes = async (raw: string) => (await checkMail(raw, rules)).reasons.map((r) => r.code);

  it("with an address to write to is the shop's support, not a callback scam", async () => {
    expect(await codes(receipt("If you have any questions, contact us at billing@hinata-kobo.jp or call us at +81 45-000-1234."))).not.toContain("callback_invoice");
  });

  it("a phone number alone 'for any questions', or 'to cancel, call', still is", async () => {
    expect(await codes(receipt("For any questions, please contact Norton Billing at +1 856-342-1241 within 24 hours.", "billing.dept@markelliot.example.com"))).toContain("callback_invoice");
    expect(await codes(receipt("If you did not authorize this charge, call +1 808-555-0199 to cancel. Questions: help@hinata-kobo.jp"))).toContain("callback_invoice");
  });
});

describe("round 2: group companies' own domains (楽天ウォレット/楽天生命/楽天損保, メルカリShops, イオンモール)", () => {
  it("their own mail is no_signs, also without its authentication results", async () => {
    for (const name of ["rakuten-wallet-login", "rakuten-life-notice", "mercari-shops-order", "aeonmall-newsletter"]) {
      const r = await checkMail(withoutAuth(`genuine/${name}.eml`), rules);
      expect(r.verdict, `${name}: ${summary(r)}`).toBe("no_signs");
    }
  });

  it("a -jp / -card lookalike of them with a lure stays dangerous", async () => {
    const lure = "お客様のアカウントで不審な取引を検知したため、ご利用を一時停止しました。24時間以内に本人確認を行ってください。\n";
    for (const [fromName, host, subject] of [
      ["楽天ウォレット", "rakuten-wallet-jp.com", "本人確認のお願い"],
      ["メルカリShops", "mercari-shops-jp.com", "本人確認のお願い"],
      ["イオンモール", "aeonmall-card.com", "【イオンカード】ご利用確認のお願い"],
    ] as const) {
      const r = await checkMail(mail({ fromName, from: `info@${host}`, subject, body: `${lure}https://${host}/login\n` }), rules);
      expect(r.verdict, `${host}: ${summary(r)}`).toBe("dangerous");
    }
  });
});

describe("round 2: group banks' and publishers' own domains (埼玉りそな銀行, SMBC信託銀行, SMBCコンシューマーファイナンス, NHK出版)", () => {
  it("their own mail is no_signs, also without its authentication results", async () => {
    for (const name of ["saitamaresona-furikomi", "smbctb-login-notice", "promise-henkan-yotei", "nhk-book-shinkan"]) {
      const r = await checkMail(withoutAuth(`genuine/${name}.eml`), rules);
      expect(r.verdict, `${name}: ${summary(r)}`).toBe("no_signs");
    }
  });

  it("lookalikes built on those names with a lure stay dangerous", async () => {
    const lure = "不正な取引が確認されたため、口座のご利用を一時停止しました。24時間以内に本人確認を行ってください。\n";
    for (const [fromName, host] of [["埼玉りそな銀行", "saitamaresona-bank.com"], ["SMBC信託銀行", "smbctb-login.com"], ["SMBCコンシューマーファイナンス", "smbc-cf-jp.com"], ["NHK", "nhk-book-jp.com"]] as const) {
      const r = await checkMail(mail({ fromName, from: `info@${host}`, subject: "本人確認のお願い", body: `${lure}https://${host}/login\n` }), rules);
      expect(r.verdict, `${host}: ${summary(r)}`).toBe("dangerous");
    }
  });
});

describe("round 2: Google Groups posts (googlegroups.com is Google's, but anyone's group: like gmail.com)", () => {
  it("a group post is not a Google lookalike", async () => {
    const r = await checkMail(fixture("genuine/google-groups-pta-post.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
    expect(r.reasons.map((x) => x.code)).not.toContain("sender_brand_in_domain");
  });

  it("a group named as Google or Amazon, sending to a lookalike, is a free mailbox claiming the brand: dangerous", async () => {
    for (const [fromName, box, link] of [["Google Security", "security-alerts", "https://accounts-google.verify-login.top/signin"], ["Amazon.co.jp", "amazon-jp-support", "https://amazon-co-jp.verify-pay.top/"]] as const) {
      const r = await checkMail(mail({ fromName, from: `${box}@googlegroups.com`, subject: "Your account will be suspended", body: `We detected unusual activity. Verify your account within 24 hours or it will be suspended.\n${link}\n` }), rules);
      expect(r.verdict, summary(r)).toBe("dangerous");
      expect(r.reasons.map((x) => x.code)).toContain("sender_freemail_brand");
    }
  });
});

describe("round 2: a friend's mail whose first sentence names a brand ('会費をPayPayで送ってください。')", () => {
  const friend = (first: string, link: string, fromName = "Keiko Tanaka", from = "keiko.tanaka1980@gmail.com") =>
    mail({ fromName, from, subject: "テニス部 会費の集金", body: `${first}\n${link}\nよろしくお願いします。\n` });
  const codes = async (raw: string) => (await checkMail(raw, rules)).reasons.map((r) => r.code);

  it("is no letterhead: a sentence is not a brand's name line", async () => {
    expect(await codes(friend("今月の会費1,000円をPayPayで送ってください。下のリンクから送れます。", "https://qr.paypay.ne.jp/p2p01_AbCdEfGh12345"))).not.toContain("sender_freemail_brand");
    expect(await codes(friend("Can you send the club fee by PayPal?", "https://www.paypal.com/paypalme/keikotanaka"))).not.toContain("sender_freemail_brand");
  });

  it("a name line at the top of a free mailbox's notice still claims the brand", async () => {
    const r = await checkMail(
      mail({ fromName: "Customer Service", from: "paypay.support.center@gmail.com", subject: "【重要】アカウント停止のお知らせ", body: "PayPay\nお客様のアカウントは一時停止されました。24時間以内に本人確認を行ってください。\nhttps://paypay-verify.top/login\n" }),
      rules,
    );
    expect(r.reasons.map((x) => x.code)).toContain("sender_freemail_brand");
    expect(r.verdict, summary(r)).toBe("dangerous");
  });
});

describe("round 2: Dropbox Sign's own domain (hellosign.com)", () => {
  it("its signature request is not a Dropbox impersonation", async () => {
    const r = await checkMail(withoutAuth("genuine/dropbox-sign-request.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
    expect(r.reasons.map((x) => x.code)).not.toContain("sender_name_brand_mismatch");
  });

  it("a hellosign lookalike, or 'Dropbox Sign' from a stranger linking elsewhere, stays dangerous", async () => {
    const ask = "Please review and sign the invoice within 24 hours. Sign in with your email password to view.\n";
    const look = await checkMail(mail({ fromName: "Dropbox Sign", from: "noreply@hellosign-docs.com", subject: "You have been sent a document to sign", body: `${ask}https://hellosign-docs.com/sign\n` }), rules);
    expect(look.verdict, summary(look)).toBe("dangerous");
    const stranger = await checkMail(mail({ fromName: "Dropbox Sign", from: "docs@share-files.example.com", subject: "You have been sent a document to sign", body: `${ask}https://hellosign.com.sign-doc.top/view\n` }), rules);
    expect(stranger.verdict, summary(stranger)).toBe("dangerous");
  });
});

describe("round 2: Merrill's own domains (ml.com, merrilledge.com) are Bank of America's", () => {
  it("its statement notice, signed 'Merrill, a Bank of America Company', is no_signs", async () => {
    const r = await checkMail(withoutAuth("genuine/merrill-statement-ready.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
  });

  it("lookalikes built on them stay dangerous", async () => {
    for (const host of ["ml-secure-login.com", "merrilledge-alerts.com"]) {
      const r = await checkMail(mail({ fromName: "Merrill, a Bank of America Company", from: `alerts@${host}`, subject: "Unusual activity on your account", body: `We have restricted your account. Verify your identity within 24 hours to restore access.\nhttps://${host}/verify\n` }), rules);
      expect(r.verdict, summary(r)).toBe("dangerous");
    }
  });
});

describe("a public body's own notice (src/facts/public-body.ts): its words weigh as in a brand's own notice", () => {
  const reminder = (from: string, link: string) =>
    mail({
      fromName: "八王子市 納税課",
      from,
      subject: "【八王子市】市税の納期限のお知らせ",
      body: `納期限までに納付がない場合、督促状をお送りします。指定期限を過ぎても納付がない場合は、財産の差押えなどの滞納処分を行うことがあります。\nご相談はこちら\n${link}\n`,
    });

  it("a city's tax reminder from its own domain, linking its own site, is no_signs (city-tax-nozei-mailmag in the gallery)", async () => {
    const r = await checkMail(reminder("nozei@city.hachioji.tokyo.jp", "https://www.city.hachioji.tokyo.jp/kurashi/zei/nozei/sodan.html"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
  });

  it("the same words from a stranger's domain, or from the city's forged address linking elsewhere, stay flagged", async () => {
    const stranger = await checkMail(reminder("nozei@city-hachioji-tokyo.com", "https://city-hachioji-tokyo.com/nozei/pay"), rules);
    expect(stranger.verdict, summary(stranger)).not.toBe("no_signs");
    const forged = await checkMail(reminder("nozei@city.hachioji.tokyo.jp", "https://nozei-hachioji.top/pay").replace(/^Authentication-Results:.*\r\n/, ""), rules);
    expect(forged.verdict, summary(forged)).not.toBe("no_signs");
  });

  it("a name only looks like a public body's under a domain anyone can buy", async () => {
    const { publicBodyHost } = await import("../../src/facts/public-body");
    expect(["city.machida.tokyo.jp", "www.city.yokohama.lg.jp", "www.payment.eltax.lta.go.jp", "pref.osaka.jp", "www.irs.gov", "www.gov.uk"].every(publicBodyHost)).toBe(true);
    expect(["city.machida.evil.jp", "city.machida-tokyo.jp", "pref.pref.jp", "evillg.jp", "lg.jp.evil.com", "notgov.uk"].some(publicBodyHost)).toBe(false);
  });
});

describe("a public body's own domain, authenticated: said in the reply, for no points (auth_pass_public_body)", () => {
  const notice = (from: string, link: string) =>
    mail({ fromName: "八王子市 納税課", from, subject: "【八王子市】市税の納期限のお知らせ", body: `納期限までに納付がない場合、督促状をお送りします。財産の差押えなどの滞納処分を行うことがあります。\n${link}\n` });

  it("the city's reminder: the reply says where it came from and lists its subject's words as no weak sign", async () => {
    const r = await checkMail(fixture("genuine/city-tax-nozei-mailmag.eml"), rules, { forwarder: "hanako.sato@gmail.com" });
    const pass = r.reasons.find((x) => x.code === "auth_pass_public_body");
    expect(pass?.points).toBe(0);
    const text = (composeReply({ kind: "verdict", result: r }) as { text: string }).text;
    expect(text).toContain("官公庁や自治体だけが使えるドメインです");
    expect(text).toContain("a domain only public bodies can use");
    expect(text).not.toContain("「差押え」");
  });

  it("not without authentication, not for a look-alike, and a taken-over mailbox's lure is still judged by what it does", async () => {
    const bare = await checkMail(notice("nozei@city.hachioji.tokyo.jp", "https://www.city.hachioji.tokyo.jp/nozei/").replace(/^Authentication-Results:.*\r\n/, ""), rules);
    expect(bare.reasons.map((x) => x.code)).not.toContain("auth_pass_public_body");
    const lookalike = await checkMail(notice("nozei@city.hachioji.evil.jp", "https://city.hachioji.evil.jp/nozei/"), rules);
    expect(lookalike.reasons.map((x) => x.code)).not.toContain("auth_pass_public_body");
    const takenOver = await checkMail(
      mail({ fromName: "八王子市", from: "kouhou@city.hachioji.tokyo.jp", subject: "【重要】アカウント確認", body: "アカウントが停止されました。24時間以内に以下からログインし、パスワードとカード番号を入力してください。\nhttps://hachioji-login.top/verify\n" }),
      rules,
    );
    expect(takenOver.reasons.map((x) => x.code)).toContain("auth_pass_public_body");
    expect(takenOver.verdict, summary(takenOver)).not.toBe("no_signs");
    const text = (composeReply({ kind: "verdict", result: takenOver }) as { text: string }).text;
    // Said in its favour ("安心材料"), never among the reasons for alarm ("理由").
    const why = text.slice(text.indexOf("理由:"), text.indexOf("安心材料:"));
    expect(why).toContain("hachioji-login");
    expect(why).not.toContain("官公庁や自治体");
    expect(text.slice(text.indexOf("安心材料:"))).toContain("官公庁や自治体だけが使えるドメインです");
  });
});

describe("a link wrapped by the reader's own mail security (Safe Links) is judged by the address inside", () => {
  const safe = (dest: string) =>
    `https://jpn01.safelinks.protection.outlook.com/?url=${encodeURIComponent(dest)}&data=05%7C02%7Cs2412345%40st.nagahama-u.ac.jp%7C8a1b2c3d%7C0%7C0%7C638682112345678901&sdata=Qm3xZ9Lp2Rk7%3D&reserved=0`;
  const notice = (from: string, dest: string) =>
    mail({ fromName: "情報メディアセンター", from, to: "s2412345@st.nagahama-u.ac.jp", subject: "【重要】パスワード有効期限のお知らせ", body: `パスワードは12月8日に有効期限が切れます。期限までに学内ポータルから変更してください。\n<${safe(dest)}>\n` });

  it("the university's own portal behind Safe Links is no redirect elsewhere (no_signs)", async () => {
    const r = await checkMail(fixture("genuine/p2p-university-password-safelinks.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
    const own = await checkMail(notice("imc-noreply@nagahama-u.ac.jp", "https://portal.nagahama-u.ac.jp/password/change"), rules);
    expect(own.reasons.map((x) => x.code)).not.toContain("link_redirect");
  });

  it("a phishing site behind Safe Links is judged as the link itself; other redirectors and a look-alike wrapper stay redirects", async () => {
    const lure = "アカウントが停止されました。24時間以内に下記からログインし、パスワードを再入力してください。\n";
    const wrapped = await checkMail(mail({ fromName: "Microsoft 365", from: "admin@mail-notice.example.com", subject: "【重要】アカウント停止のお知らせ", body: `${lure}<${safe("https://nagahama-u-portal.top/login")}>\n` }), rules);
    expect(wrapped.verdict, summary(wrapped)).toBe("dangerous");
    expect(wrapped.reasons.find((x) => x.code === "link_abused_tld")?.params.domain).toBe("nagahama-u-portal.top");
    const google = await checkMail(notice("imc-noreply@nagahama-u.ac.jp", "https://nagahama-u-portal.top/login").replace(/https:\/\/jpn01\.safelinks[^>]*/, `https://www.google.com/url?q=${encodeURIComponent("https://nagahama-u-portal.top/login")}`), rules);
    expect(google.reasons.map((x) => x.code)).toContain("link_redirect");
    const fakeWrapper = await checkMail(notice("imc-noreply@nagahama-u.ac.jp", "https://nagahama-u-portal.top/login").replace("jpn01.safelinks.protection.outlook.com", "safelinks.protection.outlook.com.nagahama-u.top"), rules);
    expect(fakeWrapper.reasons.map((x) => x.code)).toContain("link_redirect");
  });
});

describe("a known company's own domain on a cheap ending (Square's payment links at square.link)", () => {
  const deposit = (link: string) =>
    mail({ fromName: "湯宿 かじか荘", from: "info@kajikaso-hakuba.jp", subject: "年末年始ご宿泊の前払いのお願い", body: `ご予約確定のため宿泊料金の30％を前払いでお願いしております。\n下記のオンライン決済リンクからお支払いください。\n${link}\n` });

  it("is not a cheap throwaway registration: the inn's deposit link is no_signs", async () => {
    const r = await checkMail(fixture("genuine/p2p-ryokan-deposit-square-link.eml"), rules);
    expect(r.verdict, summary(r)).toBe("no_signs");
    expect((await checkMail(deposit("https://square.link/u/Qw3rTy7Z"), rules)).reasons.map((x) => x.code)).not.toContain("link_abused_tld");
  });

  it("any other name on that ending, or square.link's name under another domain, still is", async () => {
    for (const link of ["https://square-pay.link/u/Qw3rTy7Z", "https://square.link.kajikaso-pay.top/u/Qw3rTy7Z"]) {
      const r = await checkMail(deposit(link), rules);
      expect(r.reasons.map((x) => x.code), link).toContain("link_abused_tld");
    }
  });
});
