/**
 * A brand's service mailbox in From that nothing vouches for, in a mail none of whose links goes to
 * the brand (src/signals/official-elsewhere.ts, src/facts/unvouched-official.ts), as an inline forward
 * leaves it: only From/Subject/Date/To survive. Hand-written; each lure has its genuine counterparts —
 * the brand's own mail with its headers stripped the same way, built as such mail is built (links to
 * the brand's site, its mail service's tracker, a survey platform), and a person at the brand.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";
import { checkMail } from "../../src/check";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { composeReply } from "../../src/reply/compose";
import { explain } from "../../src/reply/reasons";
import { fixture } from "../fixtures";

const AUTH = { "Authentication-Results": "mx.example.jp; dkim=pass header.d=dhl.de; spf=pass smtp.mailfrom=dhl.de; dmarc=pass header.from=dhl.de" };

const PRIZE = {
  from: "DHL Kundenservice <noreply@dhl.de>",
  subject: "Ihre Chance: 150€ Gutschein",
  text: "Herzlichen Glückwunsch! Sie wurden ausgewählt. Nehmen Sie an unserer kurzen Umfrage teil und sichern Sie sich Ihren 150€ Gutschein. Die Teilnahme dauert nur eine Minute.\nJETZT TEILNEHMEN",
  links: [link("https://gewinn-paket-aktion.example-promo.com/u/48213", "JETZT TEILNEHMEN"), link("https://gewinn-paket-aktion.example-promo.com/unsub/48213", "Abmelden")],
};

const PIX = {
  from: "Mercado Pago <notificacoes@mercadopago.com.br>",
  subject: "Sua transferência foi enviada!",
  text: "Sua transferência de R$ 386 via Pix foi enviada.\nCPF/CNPJ do favorecido: ***.386.40*-**\nNão reconheço esta transferência\nRecomendamos que você cancele sua transferência.",
  links: [link("https://ii-dnuqnaqtnq-rj.a.run.app/a/?tr=96f2", "Não reconheço esta transferência"), link("https://ii-dnuqnaqtnq-rj.a.run.app/a/?tr=96f2", "Recomendamos que você cancele sua transferência.")],
};

describe("an official service mailbox whose links all go elsewhere", () => {
  it("a parcel firm's 'you were chosen, take the survey, 150€ voucher' to a stranger's site: the sender and the lure are both told, dangerous", () => {
    const r = check(PRIZE);
    expect(r.codes).toContain("official_sender_elsewhere");
    expect(r.signal("official_sender_elsewhere")!.params.url).toBe("https://gewinn-paket-aktion.example-promo.com/u/48213");
    expect(r.codes).toContain("prize_survey");
    expect(r.verdict).toBe("dangerous");
  });

  it("a payment app's 'your Pix transfer was sent — not you? cancel it' with every link to a cloud app host", () => {
    const r = check(PIX);
    expect(r.codes).toContain("official_sender_elsewhere");
    expect(r.codes).not.toContain("forged_official");
    // Cloud Run's and Cloud Functions' default hosts are pages anyone can put up (rules/domains.json).
    expect(r.codes).toContain("link_free_hosting");
    expect(r.verdict).toBe("suspicious");
  });

  it("a developer's note linking to a demo on Cloud Run is only told as free hosting, never flagged", () => {
    const r = check({ from: "Taro Yamada <taro.yamada@yamada-kogyo.co.jp>", subject: "Demo for Friday", text: "Hanako, the demo is up here for Friday's review. Taro", links: [link("https://demo-app-3f2k1-an.a.run.app/")] });
    expect(r.codes).toContain("link_free_hosting");
    expect(r.verdict).toBe("no_signs");
  });

  it("with authentication results the address is vouched for or failed, and left to the authentication signals", () => {
    expect(check({ ...PRIZE, headers: AUTH }).codes).not.toContain("official_sender_elsewhere");
  });
});

describe("genuine counterparts, headers stripped the same way", () => {
  it("the parcel firm's shipping notice linking to its own tracking page: no signs", () => {
    const r = check({
      from: "DHL Paket <noreply@dhl.de>",
      subject: "Ihr DHL Paket kommt heute",
      text: "Hallo, Ihr Paket 00340434161234567890 wird heute zwischen 10:00 und 13:00 Uhr zugestellt. Sendung verfolgen",
      links: [link("https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890", "Sendung verfolgen"), link("https://www.dhl.de/de/toolbar/footer/datenschutz.html", "Datenschutz")],
    });
    expect(r.codes).not.toContain("official_sender_elsewhere");
    expect(r.verdict).toBe("no_signs");
  });

  it("a brand's newsletter whose every link goes through its mail service's click tracker: not told", () => {
    const r = check({
      from: "Telekom <newsletter@telekom.de>",
      subject: "Ihre Vorteile im Dezember",
      text: "Entdecken Sie die Angebote des Monats: MagentaTV, neue Smartphones und mehr.\nZu den Angeboten\nAbmelden",
      links: [link("https://click.exacttarget.com/?qs=8f2a1c", "Zu den Angeboten"), link("https://click.exacttarget.com/?qs=77b0e4", "Abmelden")],
    });
    expect(r.codes).not.toContain("official_sender_elsewhere");
    expect(r.verdict).toBe("no_signs");
  });

  it("the parcel firm's own customer survey with a voucher draw, run on a survey platform: not dangerous, not a prize lure", () => {
    const r = check({
      ...PRIZE,
      from: "DHL Kundenbefragung <noreply@dhl.de>",
      subject: "Ihre Meinung zu Ihrer letzten Zustellung",
      text: "Sie wurden für unsere Kundenumfrage ausgewählt. Die Umfrage dauert 3 Minuten; unter allen Teilnehmenden verlosen wir 20 Gutscheine über 50€.\nZur Umfrage",
      links: [link("https://dhl.eu.qualtrics.com/jfe/form/SV_abc123", "Zur Umfrage")],
    });
    expect(r.codes).not.toContain("official_sender_elsewhere");
    expect(r.codes).not.toContain("prize_survey");
    expect(r.verdict).toBe("no_signs");
  });

  it("a brand's campaign on a site named after it (dhl-gewinnspiel.de): left to the link signals", () => {
    const r = check({ ...PRIZE, links: [link("https://www.dhl-gewinnspiel.de/teilnahme", "JETZT TEILNEHMEN")] });
    expect(r.codes).not.toContain("official_sender_elsewhere");
  });

  it("a person at the company writing to a mailing list, linking to a project's site: not a service mailbox", () => {
    const r = check({
      from: "Taro Yamada <taro.yamada@telekom.de>",
      subject: "Re: [dev] release 2.4 tested",
      text: "I tested the release candidate on our lab machines; the build notes are here: https://github.com/example/project/releases/tag/v2.4.0-rc1",
      links: [link("https://github.com/example/project/releases/tag/v2.4.0-rc1")],
    });
    expect(r.codes).not.toContain("official_sender_elsewhere");
    expect(r.verdict).toBe("no_signs");
  });

  it("a service mailbox's post on a mailing list (List-Id) that links elsewhere: not told", () => {
    const r = check({ ...PIX, from: "Mercado Pago Developers <notificacoes@mercadopago.com.br>", subject: "[devs] webhook changelog", text: "The webhook changelog for this month is on the community site.", links: [link("https://community.example-devs.org/t/webhooks-2026")], headers: { "List-Id": "<devs.lists.example-devs.org>" } });
    expect(r.codes).not.toContain("official_sender_elsewhere");
  });
});

describe("what the reply says of it", () => {
  // (A genuine notice can link only to a partner: in a no_signs reply's weak signs the reason says what it saw,
  // not that a real notice always links home; a flagged mail keeps the plain warning.)
  const rules = compileRules(defaultRules());

  it("a bank's dormant-account notice linking only to the unclaimed-property registry: a weak sign, said without 'a real notice links home'", async () => {
    const r = await checkMail(fixture("genuine/rt5-fwd-gmail-en-chase-unclaimed-property.eml"), rules);
    expect(r.verdict).toBe("no_signs");
    expect(r.reasons.map((x) => x.code)).toContain("official_sender_elsewhere");
    const text = composeReply({ kind: "verdict", result: r }).text;
    expect(text).toContain("Some genuine notices do point to a partner's site.");
    expect(text).toContain("提携先のサイトを案内する本物のお知らせもあります。");
    expect(text).not.toContain("A real notice from Chase");
  });

  it("the parcel firm's prize lure to a stranger's site keeps the warning that a real notice links home", () => {
    const said = check(PRIZE).reasons.find((x) => x.code === "official_sender_elsewhere");
    expect(said).toBeDefined();
    const text = explain(said!);
    expect(text.en).toContain("anyone can type a sender address");
    expect(text.en).toContain("A real notice from DHL");
    expect(text.en).not.toContain("partner's site");
  });
});
