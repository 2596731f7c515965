/**
 * The catalogue's group, service and country domains added in brands9 (rules/brands.json): the genuine mail each
 * was added for (tests/fixtures/genuine/b9-*), and the phishing counterparts that must stay caught — a lookalike
 * of each new domain under the brand's name, and the brand's name from a stranger's domain.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import type { RuleSet } from "../../src/rules/schema";
import { counterpartMail as mail } from "../counterpart-mail";
import { fixture } from "../fixtures";

const ruleSet = defaultRules();
const rules = compileRules(ruleSet);
const check = (raw: string | Uint8Array, r = rules) => checkMail(raw, r);
const noAuth = (raw: string) => raw.replace(/^Authentication-Results:.*\r\n/, "");
const summary = (r: Awaited<ReturnType<typeof checkMail>>) => `${r.verdict}: ${r.reasons.map((x) => x.code).join(",")}`;

/** The rule set without one official domain: the catalogue as it was before that domain was added. */
function without(domain: string): ReturnType<typeof compileRules> {
  const copy: RuleSet = { ...ruleSet, brands: ruleSet.brands.map((b) => ({ ...b, domains: b.domains.filter((d) => d !== domain) })) };
  return compileRules(copy);
}

/** Each genuine gallery mail and the newly listed domain it is sent from. */
const GALLERY: [string, string][] = [
  ["b9-barclays-us-savings-statement-en", "barclaysus.com"],
  ["b9-barclaycard-us-payment-received-en", "barclaycardus.com"],
  ["b9-citi-cards-autopay-set-en", "citicards.com"],
  ["b9-citibank-retail-estatement-en", "citibankonline.com"],
  ["b9-paypal-xoom-transfer-delivered-en", "xoom.com"],
  ["b9-paypal-braintree-disbursement-en", "braintreepayments.com"],
  ["b9-microsoft-onedrive-memories-en", "onedrive.com"],
  ["b9-microsoft-store-order-en", "microsoftstore.com"],
  ["b9-google-android-developers-en", "android.com"],
  ["b9-meta-quest-receipt-en", "oculus.com"],
  ["b9-steam-steamworks-nextfest-en", "valvesoftware.com"],
  ["b9-verizon-vzw-bill-ready-en", "vzw.com"],
  ["b9-smbc-smfg-ir-mail-ja", "smfg.co.jp"],
  ["b9-aeon-financial-kabunushi-yutai-ja", "aeonfinancial.co.jp"],
  ["b9-jcb-global-card-member-en", "global.jcb"],
  ["b9-monex-group-ir-news-ja", "monexgroup.jp"],
  ["b9-daiwa-grp-ir-mail-ja", "daiwa-grp.jp"],
  ["b9-resona-kansaimirai-atm-ja", "kansaimiraibank.co.jp"],
  ["b9-resona-minato-campaign-ja", "minatobk.co.jp"],
  ["b9-resona-card-meisai-ja", "resonacard.co.jp"],
  ["b9-mercari-mercoin-report-ja", "mercoin.com"],
  ["b9-sagawa-sghd-kabunushi-ja", "sg-hldgs.co.jp"],
  ["b9-epos-marui-fair-ja", "0101.co.jp"],
  ["b9-sbi-group-kabunushi-ja", "sbigroup.co.jp"],
];

describe("genuine mail from a brand's own other domain (tests/fixtures/genuine/b9-*)", () => {
  for (const [name, domain] of GALLERY) {
    it(`${name}: no_signs with ${domain} listed; a brand claim from a stranger without it`, async () => {
      const raw = fixture(`genuine/${name}.eml`);
      const r = await check(raw);
      expect(r.verdict, summary(r)).toBe("no_signs");
      const before = await check(raw, without(domain));
      expect(before.verdict, summary(before)).not.toBe("no_signs");
    });
  }
});

/** A brand's notice from its newly listed domain, and the same brand's name on a lookalike of that domain. */
const pairs: { brand: string; own: string; link: string; fake: string; subject: string; body: string }[] = [
  { brand: "Barclays", own: "barclaysus@email.barclaysus.com", link: "https://banking.barclaysus.com/online-banking/statements", fake: "barclaysus-verify.com", subject: "Your account access has been restricted", body: "We noticed unusual sign-in activity. Verify your identity within 24 hours or your account will be locked." },
  { brand: "Barclays", own: "barclaycardus@email.barclaycardus.com", link: "https://cards.barclaycardus.com/banking/cards/account/summary", fake: "barclaycardus-login.com", subject: "Your card has been suspended", body: "A suspicious charge was declined. Confirm your card details within 24 hours to restore your card." },
  { brand: "Citi Cards", own: "alerts@info.citicards.com", link: "https://www.citicards.com/cards/acq/Autopay", fake: "citicard5.com", subject: "Your account is locked", body: "We detected unusual activity. Verify your card details within 24 hours or your account will be closed." },
  { brand: "Citibank", own: "citiretailservices@info.citibankonline.com", link: "https://citiretailservices.citibankonline.com/RSnextgen/svc/launch/index.action", fake: "citibank0nline.com", subject: "Action required: verify your account", body: "Your online access is suspended. Sign in and confirm your identity within 24 hours." },
  { brand: "Xoom, a PayPal Service", own: "service@xoom.com", link: "https://www.xoom.com/activity", fake: "xoom-transfers.com", subject: "Your transfer is on hold", body: "Your PayPal account is limited. Confirm your card details within 24 hours to release the transfer." },
  { brand: "Braintree, a PayPal service", own: "noreply@braintreepayments.com", link: "https://www.braintreegateway.com/login", fake: "braintreepayment.com", subject: "Your merchant account is suspended", body: "Your PayPal disbursements are on hold. Verify your bank account within 24 hours to avoid closure." },
  { brand: "Microsoft OneDrive", own: "photos-noreply@onedrive.com", link: "https://onedrive.live.com/?v=photos", fake: "onedrlve.com", subject: "Your storage is full: files will be deleted", body: "Your Microsoft account storage is full. Sign in within 24 hours to keep your files or they will be deleted." },
  { brand: "Microsoft Store", own: "microsoftstore@microsoftstore.com", link: "https://account.microsoft.com/billing/orders", fake: "microsoftstore-billing.com", subject: "Your payment was declined", body: "Your Microsoft 365 subscription will be cancelled. Update your card details within 24 hours." },
  { brand: "Google", own: "android-developers-noreply@android.com", link: "https://developer.android.com/", fake: "andr0id-security.com", subject: "Your Google account will be suspended", body: "Unusual sign-in activity was detected. Verify your account within 24 hours or it will be suspended." },
  { brand: "Meta Quest", own: "noreply@oculus.com", link: "https://secure.oculus.com/my/purchases/", fake: "oculus-support.top", subject: "Your Meta account will be disabled", body: "Your account violated our terms. Confirm your identity within 24 hours or your Meta account will be disabled." },
  { brand: "Steam", own: "noreply@valvesoftware.com", link: "https://partner.steamgames.com/", fake: "valvesoftware-support.com", subject: "Your Steam account will be banned", body: "A trade violation was reported. Sign in within 24 hours to verify your account or it will be banned." },
  { brand: "Verizon", own: "VZWMail@ecrmemail.vzw.com", link: "https://www.verizon.com/digital/nsa/secure/ui/bill/viewbill/", fake: "vzw-billing.com", subject: "Your service will be suspended", body: "Your payment failed. Update your card within 24 hours to avoid interruption of service." },
  { brand: "Wells Fargo", own: "alerts@notify.wf.com", link: "https://www.wellsfargo.com/", fake: "wf-secure-alerts.com", subject: "Your account has been locked", body: "Unusual sign-on activity was detected. Verify your identity within 24 hours or your account will be locked." },
  { brand: "Bank of America", own: "alerts@bofa.com", link: "https://www.bankofamerica.com/", fake: "bofa-alerts.com", subject: "Your account has been suspended", body: "We detected suspicious activity. Confirm your identity within 24 hours to restore access." },
  { brand: "三井住友フィナンシャルグループ", own: "ir-mail@smfg.co.jp", link: "https://www.smfg.co.jp/investor/", fake: "smfg-co-jp.com", subject: "【三井住友カード】ご利用確認のお願い", body: "不正利用の可能性があるため、カードのご利用を停止しました。24時間以内に本人確認をお願いします。" },
  { brand: "イオンフィナンシャルサービス", own: "ir@aeonfinancial.co.jp", link: "https://www.aeonfinancial.co.jp/corp/ir/", fake: "aeonfinancial-card.com", subject: "【イオンカード】ご利用確認のお願い", body: "第三者による不正利用の可能性があるため、ご利用を一時停止しました。至急ご本人確認をお願いします。" },
  { brand: "JCB", own: "info@mail.global.jcb", link: "https://www.global.jcb/en/", fake: "global-jcb.com", subject: "Your JCB card has been suspended", body: "Suspicious transactions were detected. Verify your card details within 24 hours to restore your card." },
  { brand: "マネックスグループ", own: "ir@monexgroup.jp", link: "https://www.monexgroup.jp/jp/investor/", fake: "monexgroup-jp.com", subject: "【マネックス証券】お取引制限のお知らせ", body: "お客様の口座で不審な取引を検知したため、お取引を制限しました。24時間以内に本人確認を行ってください。" },
  { brand: "大和証券グループ本社", own: "ir-info@daiwa-grp.jp", link: "https://www.daiwa-grp.jp/ir/", fake: "daiwa-grp-jp.top", subject: "【大和証券】お取引制限のお知らせ", body: "不正なログインを検知したため、お取引を制限しました。24時間以内に本人確認を行ってください。" },
  { brand: "関西みらい銀行（りそなグループ）", own: "info@kansaimiraibank.co.jp", link: "https://www.kansaimiraibank.co.jp/", fake: "kansaimiraibank-login.com", subject: "【重要】口座の利用を制限しました", body: "不正な取引の可能性があるため、口座のご利用を制限しました。24時間以内に本人確認をお願いします。" },
  { brand: "みなと銀行（りそなグループ）", own: "info@minatobk.co.jp", link: "https://www.minatobk.co.jp/", fake: "minatobk-co-jp.com", subject: "【重要】口座の利用を制限しました", body: "不正な取引の可能性があるため、口座のご利用を制限しました。24時間以内に本人確認をお願いします。" },
  { brand: "りそなカード", own: "info@resonacard.co.jp", link: "https://www.resonacard.co.jp/member/", fake: "resonacard-jp.com", subject: "【りそなカード】ご利用確認のお願い", body: "不正利用の可能性があるため、カードのご利用を停止しました。24時間以内に本人確認をお願いします。" },
  { brand: "メルカリ（メルコイン）", own: "no-reply@mercoin.com", link: "https://about.mercoin.com/", fake: "mercoin-jp.com", subject: "【メルカリ】アカウントを停止しました", body: "不正なアクセスを検知したため、アカウントを停止しました。24時間以内に本人確認を行ってください。" },
  { brand: "SGホールディングス（佐川急便）", own: "ir@sg-hldgs.co.jp", link: "https://www.sg-hldgs.co.jp/ir/", fake: "sg-hldgs-delivery.com", subject: "【佐川急便】お荷物お届けできませんでした", body: "お届け先住所に不備があるため、お荷物を保管しています。再配達手数料をお支払いください。" },
  { brand: "マルイ・エポスカード", own: "info@0101.co.jp", link: "https://www.0101.co.jp/", fake: "0101-epos.com", subject: "【エポスカード】ご利用確認のお願い", body: "不正利用の可能性があるため、カードのご利用を停止しました。24時間以内に本人確認をお願いします。" },
  { brand: "SBIホールディングス（SBI証券）", own: "ir@sbigroup.co.jp", link: "https://www.sbigroup.co.jp/", fake: "sbigroup-sec.com", subject: "【SBI証券】お取引制限のお知らせ", body: "不正なログインを検知したため、お取引を制限しました。24時間以内に本人確認を行ってください。" },
];

describe("brands9's domains: the brand's own is no_signs, a lookalike with the same name stays dangerous", () => {
  for (const p of pairs) {
    it(`${p.brand}: ${p.own.split("@")[1]} vs ${p.fake}`, async () => {
      const own = mail({ fromName: p.brand, from: p.own, subject: "お知らせ / Notice", body: `ご利用ありがとうございます。Thank you.\n${p.link}\n` });
      expect((await check(own)).verdict).toBe("no_signs");
      expect((await check(noAuth(own))).verdict).toBe("no_signs");
      const fake = await check(mail({ fromName: p.brand, from: `info@${p.fake}`, subject: p.subject, body: `${p.body}\nhttps://${p.fake}/login\n` }));
      expect(fake.verdict, summary(fake)).toBe("dangerous");
    });
  }
});

describe("the brand's name from a stranger's domain", () => {
  it("linking to the stranger's own site is still a brand claim, and dangerous with a lure", async () => {
    for (const [brand, subject] of [["Barclays", "Your account access has been restricted"], ["マネックスグループ", "【重要】お取引制限のお知らせ"], ["Xoom, a PayPal Service", "Your transfer is on hold"]] as const) {
      const r = await check(mail({ fromName: brand, from: "support@account-notice-center.com", subject, body: "Verify your identity within 24 hours or your account will be locked. 24時間以内に本人確認を行ってください。\nhttps://account-notice-center.com/login\n" }));
      expect(r.reasons.map((x) => x.code), brand).toContain("sender_name_brand_mismatch");
      expect(r.verdict, brand).toBe("dangerous");
    }
  });

  it("the brand's new domain named in the text of a stranger's mail does not make the stranger official", async () => {
    const r = await check(mail({ fromName: "Citi Cards", from: "alerts@citi-card-services.net", subject: "Your account is locked", body: "Sign in at www.citicards.com is disabled for your account. Verify your card within 24 hours:\nhttps://citi-card-services.net/verify\n" }));
    expect(r.verdict, summary(r)).toBe("dangerous");
  });

  it("a link through Google's AMP viewer on a country domain is not Google's own page (google.co.uk is left out of the catalogue)", async () => {
    const r = await check(mail({ fromName: "GLS Zustellung", from: "service@paket-info-center.de", subject: "Zustellung fehlgeschlagen", body: "Ihr Paket konnte nicht zugestellt werden. Bestätigen Sie Ihre Adresse und zahlen Sie 1,99 EUR:\nhttps://www.google.co.uk/amp/paket-verify.top/gls\n" }));
    expect(r.reasons.map((x) => x.code)).toContain("brand_links_elsewhere");
    expect(r.verdict, summary(r)).toBe("dangerous");
  });
});
