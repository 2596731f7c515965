/**
 * Issue 11, session 7 wave 2: content-only recall in Japanese and German, the languages phishcheck's users
 * read most. The fake antivirus alarm (security_scare, src/facts/security-scare.ts) and the callback receipt
 * for a brand's product (callback_invoice "brand", src/facts/brand-callback.ts) were English-centred; here they
 * read the way the Japanese support scams (サポート詐欺: "お使いのPCはウイルスに感染しています", "ノートン 自動更新の
 * お知らせ ¥39,800 … お電話ください") and the German fake renewals ("Ihr McAfee-Schutz ist abgelaufen", "Rechnung …
 * Betrag 389,99 € … rufen Sie uns an") write. Every case is checked directly, without its Authentication-Results
 * and forwarded in every client shape (cli/forward-shapes.ts); the genuine counterparts
 * (tests/fixtures/genuine/r8-*.eml, hand-written) stay no_signs in all of them. Hand-written; no corpus mail.
 */
import { describe, expect, it } from "vitest";
import { everyShape } from "../every-shape";
import { FORWARD_SHAPES } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { counterpartMail as plainMail, type CounterpartMail } from "../counterpart-mail";
import { fixture, fixturePaths } from "../fixtures";
import { explain } from "../../src/reply/reasons";
import { rules } from "../signal-helpers";

const NEW = ["callback_invoice", "security_scare"];

/** The scam as it is sent: its UTF-8 body in base64, as a mailer encodes Japanese and German text. */
function counterpartMail(o: CounterpartMail): string {
  return plainMail({ ...o, body: Buffer.from(o.body).toString("base64").replace(/.{76}/g, "$&\r\n") }).replace("Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: base64");
}

const every = (raw: string | Uint8Array) => everyShape(raw, FORWARD_SHAPES);

async function expectCaught(raw: string, code: string) {
  for (const { how, verdict, codes } of await every(raw)) {
    expect(codes, `${how} ${codes}`).toContain(code);
    expect(verdict, `${how} ${codes}`).not.toBe("no_signs");
  }
}

const GENUINE = fixturePaths()
  .filter((p) => /^genuine\/r8-.*\.eml$/.test(p))
  .sort();

describe("genuine counterparts (r8-*): no_signs directly, stripped and forwarded in every shape", () => {
  it("there are the counterparts this work wrote", () => {
    expect(GENUINE.length).toBeGreaterThanOrEqual(12);
  });
  for (const path of GENUINE)
    it(path, async () => {
      for (const { how, verdict, codes } of await every(fixture(path))) {
        expect(verdict, `${path} ${how} ${codes}`).toBe("no_signs");
        for (const c of NEW) expect(codes, `${path} ${how}`).not.toContain(c);
      }
    });
});

describe("security_scare in Japanese and German", () => {
  it("「お使いのPCはウイルスに感染しています」 with a stranger's link: security_scare, direct and forwarded", async () => {
    const raw = counterpartMail({
      fromName: "Windows セキュリティセンター",
      from: "alert@pc-anzen-kensa.top",
      subject: "【警告】お使いのPCはウイルスに感染しています",
      body: "お使いのPCはウイルスに感染しています。\r\n3個のウイルスが検出されました。個人情報や銀行口座の情報が盗まれる恐れがあります。\r\n\r\n今すぐ下記からスキャンを実行してください。\r\nhttps://scan-pc-hogo.com/jp/start\r\n\r\nWindows セキュリティセンター",
      auth: false,
    });
    await expectCaught(raw, "security_scare");
  });

  it("「ノートンの有効期限が切れました」 from an impostor with a link to its own domain: security_scare", async () => {
    const raw = counterpartMail({
      fromName: "ノートン",
      from: "info@koushin-center.xyz",
      subject: "ノートンの有効期限が切れました",
      body: "お客様のノートン 360 の有効期限が切れました。お使いのパソコンは保護されていません。\r\n\r\n本日限り、特別価格で更新いただけます。\r\nhttps://koushin-center.xyz/renew\r\n",
      auth: false,
    });
    await expectCaught(raw, "security_scare");
  });

  it("「ウイルス対策ソフトの有効期限が切れました」 with a shortened link: security_scare", async () => {
    const raw = counterpartMail({
      fromName: "セキュリティ警告",
      from: "noreply@mirai-hoken-net.com",
      subject: "【重要】ウイルス対策ソフトの有効期限が切れました",
      body: "ウイルス対策ソフトの有効期限が切れています。\r\nこのままではウイルス感染の危険があります。今すぐ更新してください。\r\nhttps://bit.ly/3xK9qPz\r\n",
      auth: false,
    });
    await expectCaught(raw, "security_scare");
  });

  it("'Ihr McAfee-Schutz ist abgelaufen … Ihre Geräte sind ungeschützt' with a stranger's link: security_scare", async () => {
    const raw = counterpartMail({
      fromName: "McAfee Kundenservice",
      from: "newsletter@kaesekuchen-rezepte.de",
      subject: "Ihr McAfee-Schutz ist abgelaufen – Handeln Sie jetzt",
      body: "Ihr McAfee-Schutz ist abgelaufen!\r\nIhre Geräte sind ungeschützt gegen Viren, Malware und Identitätsdiebstahl.\r\nSie haben 24 Stunden, um Ihren Schutz wiederherzustellen.\r\n\r\nJetzt erneuern: https://schutz-erneuern.shop/de\r\n",
      auth: false,
    });
    await expectCaught(raw, "security_scare");
  });

  it("'Ihr PC ist nicht mehr geschützt' with a stranger's link: security_scare", async () => {
    const raw = counterpartMail({
      fromName: "Sicherheitszentrale",
      from: "info@mail-angebote24.net",
      subject: "Warnung: Ihr PC ist nicht mehr geschützt",
      body: "Ihr PC ist nicht mehr geschützt. Ihr Virenschutz ist abgelaufen.\r\nJetzt verlängern: https://pc-schutz-jetzt.online/verlaengern\r\n",
      auth: false,
    });
    await expectCaught(raw, "security_scare");
  });
});

describe("security_scare: the tech-support scam that has you phone, no link at all", () => {
  it("「Windows セキュリティ警告 … マイクロソフトサポートにお電話ください 050-…」: security_scare with the phone", async () => {
    const raw = counterpartMail({
      fromName: "Microsoft Windows サポート",
      from: "alert@win-kanri-center.com",
      subject: "Windows セキュリティ警告",
      body: "Windows セキュリティ警告\r\n\r\nお使いのPCはウイルスに感染しています。\r\nトロイの木馬型スパイウェアが検出されました。クレジットカード情報やパスワードが盗まれる危険があります。\r\n\r\nPCの電源を切らずに、ただちにマイクロソフトサポートにお電話ください。\r\nマイクロソフトサポート（通話無料）：050-5812-7736\r\n",
      auth: false,
    });
    await expectCaught(raw, "security_scare");
  });

  it("'Ihr Computer ist mit 5 Viren infiziert … rufen Sie den Microsoft Support an: +49 …': security_scare", async () => {
    const raw = counterpartMail({
      fromName: "Microsoft Sicherheit",
      from: "warnung@pc-hilfe-zentrale.net",
      subject: "Sicherheitswarnung: Ihr Computer ist infiziert",
      body: "Ihr Computer ist mit 5 Viren infiziert!\r\nIhre Bankdaten und Passwörter sind in Gefahr.\r\n\r\nSchalten Sie den Computer nicht aus und rufen Sie sofort den Microsoft Support an: +49 800 1823 4471\r\n",
      auth: false,
    });
    await expectCaught(raw, "security_scare");
  });

  it("the reply says not to call the number, in Japanese and English", async () => {
    const raw = counterpartMail({ fromName: "ノートン サポート", from: "info@anshin-support-desk.com", subject: "ノートンの有効期限が切れました", body: "ノートンの有効期限が切れました。お使いのパソコンは保護されていません。\r\n更新はお電話で：0120-558-904\r\n", auth: false });
    const r = await checkMail(new TextEncoder().encode(raw), rules);
    const scare = r.reasons.find((x) => x.code === "security_scare");
    expect(scare?.params.phone).toBe("0120-558-904");
    const said = explain(scare!);
    expect(said.ja).toContain("0120-558-904");
    expect(said.ja).toContain("電話しないでください");
    expect(said.en).toContain("Do not call");
    expect(said.en).not.toContain("undefined");
  });
});

describe("callback_invoice 'brand' in Japanese and German", () => {
  it("「ノートン 自動更新のお知らせ ¥39,800 … お電話ください」 with only a phone: callback_invoice", async () => {
    const raw = counterpartMail({
      fromName: "ノートン カスタマーセンター",
      from: "info@kx7-mailer.com",
      subject: "ノートン 自動更新のお知らせ",
      body: "ご注文ありがとうございます。\r\nノートン 360 デラックスの自動更新が完了しました。\r\n\r\nお支払い金額：¥39,800\r\n注文番号：NT-58210394\r\nお支払い方法：クレジットカード\r\n\r\nキャンセルをご希望の場合は、24時間以内にお電話ください。\r\nサポートセンター：050-3187-4426（受付時間 9:00〜21:00）\r\n",
      auth: false,
    });
    await expectCaught(raw, "callback_invoice");
  });

  it("the same renewal signed only by a desk's name in Japanese (「カスタマーサポートセンター」, 「お客様サポート窓口」): a role signs nothing, callback_invoice", async () => {
    for (const desk of ["カスタマーサポートセンター", "お客様サポート窓口"]) {
      const raw = counterpartMail({
        fromName: desk,
        from: "info@kx7-mailer.com",
        subject: "自動更新のお知らせ",
        body: `ご注文ありがとうございます。\r\nノートン 360 デラックスの自動更新が完了しました。\r\n\r\nお支払い金額：¥39,800\r\n注文番号：NT-58210394\r\n\r\nキャンセルをご希望の場合は、24時間以内にお電話ください。\r\n${desk}\r\n050-3187-4426（受付時間 9:00〜21:00）\r\n`,
        auth: false,
      });
      await expectCaught(raw, "callback_invoice");
    }
  });

  it("a マカフィー renewal with full-width digits (０１２０－…, ４９，８００円): callback_invoice", async () => {
    const raw = counterpartMail({
      fromName: "マカフィー 更新センター",
      from: "support@renewal-desk-jp.net",
      subject: "【マカフィー】自動更新が完了しました",
      body: "マカフィー リブセーフの年間契約が自動更新されました。\r\nご請求金額：４９，８００円\r\n契約番号：MC-22019384\r\n\r\nお心当たりのない場合、返金のお手続きはお電話で承ります。\r\nマカフィー返金窓口：０１２０－９４８－２１３\r\n",
      auth: false,
    });
    await expectCaught(raw, "callback_invoice");
  });

  it("'Rechnung … McAfee … Betrag 389,99 € … rufen Sie uns an' with only a phone: callback_invoice", async () => {
    const raw = counterpartMail({
      fromName: "McAfee Abrechnung",
      from: "service@zahlungsstelle-online.de",
      subject: "Ihre Rechnung Nr. 2026-88412",
      body: "Sehr geehrter Kunde,\r\n\r\nIhr McAfee Total Protection wurde automatisch verlängert.\r\nRechnungsnummer: 2026-88412\r\nBetrag: 389,99 €\r\nZahlungsart: Lastschrift\r\n\r\nFalls Sie diese Verlängerung nicht autorisiert haben, rufen Sie uns innerhalb von 24 Stunden an: +49 30 2255 8190\r\n",
      auth: false,
    });
    await expectCaught(raw, "callback_invoice");
  });
});

describe("callback_invoice: the 架空請求 and the fake dunning letter, a phone as the only answer", () => {
  it("「有料動画サイトのご利用料金が未納 … 法的手続きに移行 … 03-…」: callback_invoice", async () => {
    const raw = counterpartMail({
      fromName: "料金回収センター",
      from: "info@ryokin-kaishu.net",
      subject: "【最終通告】未納料金のお知らせ",
      body: "お客様がご登録された有料動画サイトのご利用料金が未納となっております。\r\nご請求金額：298,000円\r\n\r\n本日中にご連絡がない場合、法的手続きに移行いたします。\r\n退会・お支払いに関するご相談は、下記までお電話ください。\r\n連絡先：03-6824-1957（担当：佐々木）\r\n",
      auth: false,
    });
    await expectCaught(raw, "callback_invoice");
  });

  it("'Mahnung … offener Betrag … Inkasso … rufen Sie uns an' from a free mailbox: callback_invoice", async () => {
    const raw = counterpartMail({
      fromName: "Forderungsmanagement",
      from: "forderung.zentrale@gmx.de",
      subject: "Letzte Mahnung vor Inkasso",
      body: "Sehr geehrter Kunde,\r\n\r\ntrotz Zahlungsaufforderung ist ein offener Betrag von 389,40 € für Ihr Gewinnspiel-Abonnement noch nicht beglichen.\r\nOhne Ihren Anruf innerhalb von 48 Stunden leiten wir das gerichtliche Mahnverfahren ein.\r\nRufen Sie uns an: 0800 7724 318\r\n",
      auth: false,
    });
    await expectCaught(raw, "callback_invoice");
  });
});

describe("callback_invoice 'brand' sent as a calendar invitation: the organiser block is no address to write to", () => {
  const INVITE = (label: string) =>
    `Your Renewal Acknowledgment for YCSZSQ - Confirmation #816940\nTuesday Feb 17, 2026 8:42pm\n\nNorton 360 Charge Invoice no: AL60607ATJ8557\nHelp Contact Line: 1 810 268-4073\nWe are confirming your upcoming automatic renewal with Norton 360. A payment of $437.22 will be processed today.\n- Payment Method: Auto Debit\n- Total Paid: $437.22\nShould you need to make any changes, please contact our Support Team at 1 810 268-4073.\n\n${label}\nJoseph Schneider\nbijankashyap0@usermfa.org\n\nGuests\n(Guest list has been hidden at organizer's request)\n`;
  for (const label of ["Organizer", "主催者"])
    it(`the Norton renewal invite with '${label}': callback_invoice, direct and forwarded`, async () => {
      const raw = counterpartMail({ fromName: "Joseph Schneider", from: "bijankashyap0@usermfa.org", subject: "Your Renewal Acknowledgment for YCSZSQ - Confirmation #816940", body: INVITE(label), auth: false });
      await expectCaught(raw, "callback_invoice");
    });
});

