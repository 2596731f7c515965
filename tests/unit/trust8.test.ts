/**
 * Genuine-gallery round 5 (tests/fixtures/genuine/g8-*): the phishing counterparts of its fixes. Each fix lets a
 * genuine kind of mail through; each test here shows the scam the changed rule was built for is still caught.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { counterpartMail as mail } from "../counterpart-mail";
import { fixture } from "../fixtures";

const rules = compileRules(defaultRules());
const check = (raw: string | Uint8Array) => checkMail(raw, rules);
const codes = async (raw: string | Uint8Array) => (await check(raw)).reasons.map((r) => r.code);
const noAuth = (raw: string) => raw.replace(/^Authentication-Results:.*\r\n/, "");

describe("a sharing notice naming the sharer by address (an account without a name)", () => {
  const share = (fromName: string, from: string, link: string) =>
    mail({
      fromName,
      from,
      subject: 'Document shared with you: "Q4 invoice.pdf"',
      body: `${fromName.replace(/ \(via Google Drive\)$/, "")} shared a document with you.\nOpen: ${link}\n`,
    });

  it("from Google's own relay mailbox: the sharer's address is not an address shown as the sender", async () => {
    const c = await codes(share("anna.weber@gmail.com (via Google Drive)", "drive-shares-dm-noreply@google.com", "https://docs.google.com/document/d/1q9ZrT4bXcVw2LmN8pQ/edit"));
    expect(c).not.toContain("sender_name_other_address");
    expect(c).not.toContain("sender_malformed");
    expect((await check(fixture("genuine/g8-drive-share-bare-address-en.eml"))).verdict).toBe("no_signs");
  });

  it("the same name from a stranger's domain still shows another address as the sender (and stays dangerous)", async () => {
    const raw = share("billing@paypal.com (via Google Drive)", "drive-shares@docs-share-center.top", "https://paypal-billing-docs.top/view");
    const r = await check(raw);
    expect(r.reasons.map((x) => x.code)).toContain("sender_name_other_address");
    expect(r.verdict).toBe("dangerous");
  });

  it("an address as the whole display name, or one before a name that is not a relay's, is still said", async () => {
    const plain = mail({ fromName: "service@paypal.com", from: "notice@acc-review-center.com", subject: "Your account is limited", body: "Confirm your account within 24 hours: https://acc-review-center.com/paypal/login\n" });
    expect(await codes(plain)).toContain("sender_name_other_address");
    expect((await check(plain)).verdict).toBe("dangerous");
    // Google's own domain, but no relay notice (no "(via …)", no sharing words, an ordinary mailbox): said as before.
    const notRelay = mail({ fromName: "security@paypal.com", from: "alerts-noreply@google.com", subject: "Account notice", body: "See https://paypal.com\n" });
    expect(await codes(notRelay)).toContain("sender_name_other_address");
  });
});

/** A brand's notice from its own (newly listed) domain, and the same notice from a lookalike of it. */
const pairs: { brand: string; own: string; link: string; fake: string; subject: string; body: string }[] = [
  { brand: "三菱UFJ eスマート証券", own: "info@kabu.com", link: "https://s10.kabu.co.jp/_mem_bin/light/login.asp", fake: "kabu-com-login.top", subject: "【重要】お取引制限のお知らせ", body: "お客様の口座で不審な取引を検知したため、お取引を制限しました。24時間以内に本人確認を行ってください。" },
  { brand: "HM Revenue and Customs", own: "noreply@tax.service.gov.uk", link: "https://www.gov.uk/log-in-register-hmrc-online-services", fake: "hmrc-tax-refund.com", subject: "You are eligible for a tax refund", body: "You are eligible for a tax refund of £684.20. Confirm your bank details within 48 hours to receive it." },
  { brand: "JALカード", own: "info@jalcard.co.jp", link: "https://www.jal.co.jp/jp/ja/jalcard/member/", fake: "jalcard-co-jp.net", subject: "【JALカード】カードご利用停止のお知らせ", body: "不正利用の可能性があるため、カードのご利用を停止しました。24時間以内に本人確認をお願いします。" },
  { brand: "ビューカード", own: "info@viewcard.co.jp", link: "https://viewsnet.jp/", fake: "viewcard-security.com", subject: "【ビューカード】ご利用確認のお願い", body: "第三者による不正利用の可能性があるため、ご利用を一時停止しました。至急ご本人確認をお願いします。" },
  { brand: "日本郵便 クリックポスト", own: "info@clickpost.jp", link: "https://clickpost.jp/mypage/index", fake: "clickpost-jp.top", subject: "【日本郵便】お荷物お届けできませんでした", body: "お届け先住所に不備があるため、お荷物を保管しています。再配達手数料をお支払いください。" },
  { brand: "SMBCモビット", own: "info@mobit.ne.jp", link: "https://www.mobit.ne.jp/customers/mymobi/index.html", fake: "mobit-ne-jp.com", subject: "【SMBCモビット】ご契約内容確認のお願い", body: "ご契約内容の確認が取れないため、ご利用を停止しました。24時間以内に本人確認を行ってください。" },
  { brand: "Microsoft 365", own: "microsoft365@infoemails.microsoft.com", link: "https://m365.cloud.microsoft/?auth=2", fake: "m365-cloud-microsoft.com", subject: "Your mailbox will be deactivated", body: "Your Microsoft 365 password expires today. Keep your password within 24 hours or your mailbox will be deactivated." },
  { brand: "au損保", own: "info@au-sonpo.co.jp", link: "https://www.au-sonpo.co.jp/pc/mypage/", fake: "au-sonpo-keiyaku.com", subject: "【au損保】ご契約が失効します", body: "お支払いが確認できないため、ご契約が本日失効します。24時間以内にカード情報を更新してください。" },
  { brand: "Amazon.co.jp", own: "store-news@amazon.co.jp", link: "https://www.aboutamazon.jp/news/", fake: "aboutamazon-jp.top", subject: "Amazonプライム会費のお支払いに問題があります", body: "お支払い方法に問題があるため、アカウントを一時停止しました。24時間以内にお支払い情報を更新してください。" },
  { brand: "楽天ラクマ", own: "noreply@fril.jp", link: "https://fril.jp/transaction/rk2512774100930", fake: "fril-jp-support.com", subject: "[楽天ラクマ] 売上金の振込申請に失敗しました", body: "口座情報に誤りがあるため、売上金の振込ができませんでした。24時間以内に口座情報とカード情報を再登録してください。" },
  { brand: "Hulu", own: "info@hulu.jp", link: "https://www.hulu.jp/account", fake: "hulu-jp-billing.com", subject: "【Hulu】お支払い情報の更新が必要です", body: "お支払いが確認できないため、アカウントを停止しました。24時間以内にカード情報を更新してください。" },
  { brand: "PayPal Honey", own: "hello@joinhoney.com", link: "https://www.joinhoney.com/honey-gold", fake: "joinhoney-rewards.top", subject: "Your PayPal account is limited", body: "We noticed unusual activity. Confirm your PayPal details within 24 hours or your account will be suspended." },
  { brand: "Banco Santander", own: "notificaciones@bancosantander.es", link: "https://www.bancosantander.es/particulares/banca-online", fake: "bancosantander-es.top", subject: "Su cuenta ha sido bloqueada", body: "Hemos detectado un acceso inusual. Verifique su identidad en las próximas 24 horas o su cuenta será cancelada." },
  { brand: "Wells Fargo Advisors", own: "alerts@wellsfargoadvisors.com", link: "https://www.wellsfargo.com/investing/wellstrade/", fake: "wellsfargoadvisors-secure.com", subject: "Your account has been suspended", body: "Unusual sign-on activity was detected. Verify your identity within 24 hours or your account will be locked." },
  { brand: "Crédit Agricole Toulouse 31", own: "ne-pas-repondre@ca-toulouse31.fr", link: "https://www.credit-agricole.fr/ca-toulouse31/particulier.html", fake: "ca-toulouse31-securite.com", subject: "Votre compte a été suspendu", body: "Suite à une activité inhabituelle, votre accès est suspendu. Confirmez votre identité sous 24 heures." },
  { brand: "セゾン投信", own: "info@saison-am.co.jp", link: "https://www.saison-am.co.jp/mypage/", fake: "saison-am-login.com", subject: "【重要】お取引を制限しました", body: "不正なログインを検知したため、お取引を制限しました。24時間以内に本人確認を行ってください。" },
  { brand: "ETCマイレージサービス", own: "info@smile-etc.jp", link: "https://www.smile-etc.jp/", fake: "smile-etc-jp.top", subject: "【ETCマイレージ】ポイントが失効します", body: "ご登録情報の確認が取れないため、本日ポイントが失効します。24時間以内にカード情報を更新してください。" },
  { brand: "ファミペイ", own: "info@famidigi.jp", link: "https://famipay.famidigi.jp/faq/", fake: "famidigi-pay.com", subject: "【ファミペイ】アカウントを停止しました", body: "不正利用の可能性があるため、アカウントを停止しました。24時間以内に本人確認を行ってください。" },
  { brand: "Cash App", own: "cash@square.com", link: "https://cash.app/account/activity", fake: "cashapp-support.top", subject: "Your Cash App account is locked", body: "A payment of $750 is pending. Verify your identity within 24 hours to unlock your account." },
  { brand: "AT&T", own: "att-services.cn.8831204471@emaildl.att-mail.com", link: "https://www.att.com/acctmgmt/billandpay", fake: "att-mail-billing.com", subject: "Your AT&T service will be suspended", body: "Your payment failed. Update your billing information within 24 hours to avoid interruption of service." },
  { brand: "Capital One Shopping", own: "hello@capitaloneshopping.com", link: "https://capitaloneshopping.com/account/rewards", fake: "capitaloneshopping-rewards.top", subject: "Your Capital One account is locked", body: "We detected suspicious activity. Verify your card details within 24 hours or your account will be closed." },
  { brand: "ドコモ・バイクシェア", own: "info@docomo-cycle.jp", link: "https://docomo-cycle.jp/tokyo/mypage/", fake: "docomo-cycle-pay.top", subject: "【ドコモ】ご利用料金未払いのお知らせ", body: "ご利用料金のお支払いが確認できません。24時間以内にカード情報を更新しないと回線を停止します。" },
  { brand: "Metro by T-Mobile", own: "noreply@metrobyt-mobile.com", link: "https://www.metrobyt-mobile.com/my-account", fake: "metrobyt-mobile-pay.com", subject: "Your T-Mobile service will be suspended", body: "Your payment was declined. Update your card within 24 hours to avoid suspension of service." },
  { brand: "Walmart Canada", own: "noreply@walmart.ca", link: "https://www.walmart.ca/fr/orders", fake: "walmart-ca-orders.top", subject: "Votre commande est suspendue", body: "Votre paiement a été refusé. Mettez à jour votre carte sous 24 heures, sinon votre compte sera fermé." },
  { brand: "Rakuten Kobo", own: "noreply@kobo.com", link: "https://www.kobo.com/ca/en/library", fake: "kobo-rakuten-billing.com", subject: "Your Rakuten Kobo account has been suspended", body: "We could not verify your payment. Update your card within 24 hours or your account will be closed." },
];

describe("brands' own domains added to rules/brands.json", () => {
  for (const p of pairs) {
    it(`${p.brand}: its own ${p.own.split("@")[1]} is no_signs, also unauthenticated; a lookalike with the same name stays dangerous`, async () => {
      const own = mail({ fromName: p.brand, from: p.own, subject: "お知らせ / Notice", body: `ご利用ありがとうございます。Thank you.\n${p.link}\n` });
      expect((await check(own)).verdict).toBe("no_signs");
      expect((await check(noAuth(own))).verdict).toBe("no_signs");
      const fake = mail({ fromName: p.brand, from: `info@${p.fake}`, subject: p.subject, body: `${p.body}\nhttps://${p.fake}/login\n` });
      const r = await check(fake);
      expect(r.verdict, r.reasons.map((x) => x.code).join(",")).toBe("dangerous");
    });
  }

  it("the brand's name at a stranger's ordinary domain linking to its new own domain is still a brand claim", async () => {
    const r = await check(mail({ fromName: "JALカード", from: "support@card-member-notice.com", subject: "【JALカード】ご本人確認のお願い", body: "ご本人確認が必要です。\nhttps://card-member-notice.com/jalcard/login\n" }));
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(["sender_name_brand_mismatch"]));
    expect(r.verdict).toBe("dangerous");
  });
});

describe("a brand's word in a company's own domain name, in mail that never presents itself as the brand", () => {
  const farm = () =>
    mail({ fromName: "青森 木村りんご園", from: "info@kimura-apple-farm.jp", subject: "【木村りんご園】ご注文の発送のお知らせ", body: "ご注文のりんごを本日発送いたしました。\n木村りんご園\nhttps://kimura-apple-farm.jp/\n" });

  it("is a weak sign (its own address in its footer is no claim): an apple farm's shipping notice is no_signs", async () => {
    const r = await check(farm());
    expect(r.verdict).toBe("no_signs");
    expect(r.reasons.find((x) => x.code === "sender_brand_in_domain")?.severity).toBe("medium");
    expect(r.reasons.map((x) => x.code)).not.toContain("link_brand_in_domain");
    expect((await check(fixture("genuine/g8-sompo-direct-manki-ja.eml"))).verdict).toBe("no_signs");
  });

  it("is strong again once the mail presents itself as the brand (name, subject or logo)", async () => {
    const r = await check(mail({ fromName: "Apple Support", from: "noreply@apple-id-verify.com", subject: "Your Apple ID has been locked", body: "Verify within 24 hours: https://apple-id-verify.com/signin\n" }));
    expect(r.reasons.find((x) => x.code === "sender_brand_in_domain")?.severity).toBe("high");
    expect(r.verdict).toBe("dangerous");
    const card = await check(mail({ fromName: "カード会員サービス", from: "info@saison-card-info.com", subject: "【重要】カードのご利用を制限しました", body: "セゾンカードをご利用のお客様へ。不正利用の可能性があるため、ご利用を制限しました。24時間以内にご本人確認をお願いします。\nhttps://saison-card-info.com/login\n" }));
    expect(card.verdict).toBe("dangerous");
  });

  it("a lure naming the brand only in its text is still caught; glued into the name or on an abused ending it stays strong", async () => {
    const lure = await check(mail({ fromName: "Account Security", from: "noreply@apple-id-verify.com", subject: "Action required: account locked", body: "Your Apple ID was locked for security reasons. Verify your account within 24 hours or it will be deleted: https://apple-id-verify.com/signin\n" }));
    expect(lure.verdict).toBe("dangerous");
    for (const from of ["noreply@emailamazoncojp.cf", "noreply@appleidverify.com"]) {
      const r = await check(mail({ fromName: "Support", from, subject: "Notice", body: "See your account.\n" }));
      expect(r.reasons.find((x) => x.code === "sender_brand_in_domain")?.severity, from).toBe("high");
    }
  });
});

describe("a business's own name that contains a brand's word (Apple Tree Dental from appletreedental.org)", () => {
  const from = (fromName: string, domain: string, subject = "Reminder: your appointment on Tuesday") =>
    check(mail({ fromName, from: `info@${domain}`, subject, body: `See you on Tuesday at 9:00.\nhttps://www.${domain}/\n` }));

  it("is no claim of the brand: no_signs", async () => {
    for (const [name, domain] of [["Apple Tree Dental", "appletreedental.org"], ["Big Apple Bagels", "bigapplebagels-chicago.com"]] as const) {
      const r = await from(name, domain);
      expect(r.verdict, `${name}: ${r.reasons.map((x) => x.code).join(",")}`).toBe("no_signs");
      expect(r.reasons.map((x) => x.code)).not.toContain("sender_name_brand_mismatch");
    }
    expect((await check(fixture("genuine/g8-apple-tree-dental-reminder-en.eml"))).verdict).toBe("no_signs");
  });

  it("a brand's name with a lure word, a legal suffix or a single other word still claims the brand", async () => {
    for (const [name, domain] of [["Apple Support Center", "apple-support-center.com"], ["Apple Watch Giveaway", "applewatchgiveaway.com"], ["Chase Bank Online", "chasebankonline.com"], ["Bradesco S/A", "bradescosa.com"], ["Pedido Correios", "pedidocorreios.net"], ["Amazon Prime Video", "amazonprimevideo.net"]] as const) {
      const r = await check(mail({ fromName: name, from: `noreply@${domain}`, subject: "Account locked", body: `Your account was locked. Verify within 24 hours: https://${domain}/signin\n` }));
      expect(r.verdict, name).toBe("dangerous");
      expect(r.reasons.map((x) => x.code), name).toEqual(expect.arrayContaining(["sender_name_brand_mismatch"]));
    }
  });

  it("not from a free mailbox, a free host or an abused ending", async () => {
    const r = await check(mail({ fromName: "Apple Tree Dental", from: "appletreedental@gmail.com", subject: "Your Apple ID is locked", body: "Verify within 24 hours: https://appleid-check.top/signin\n" }));
    expect(r.verdict).toBe("dangerous");
  });
});
