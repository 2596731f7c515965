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

const rules = compileRules(defaultRules());
const summary = (r: Awaited<ReturnType<typeof checkMail>>) => `${r.verdict} ${r.score}: ${r.reasons.map((x) => x.code).join(", ")}`;
const codes = (r: Awaited<ReturnType<typeof checkMail>>) => r.reasons.map((x) => x.code);

/** A raw mail with authentication passing for its own domain (a phisher's own domain passes too). */
function mail(o: { fromName: string; from: string; subject: string; body: string; auth?: boolean }): string {
  const domain = o.from.split("@")[1]!;
  return [
    ...(o.auth === false ? [] : [`Authentication-Results: mx.google.com; dkim=pass header.i=@${domain}; spf=pass smtp.mailfrom=${o.from}; dmarc=pass header.from=${domain}`]),
    `From: =?UTF-8?B?${Buffer.from(o.fromName).toString("base64")}?= <${o.from}>`,
    "To: hanako.sato@gmail.com",
    `Subject: =?UTF-8?B?${Buffer.from(o.subject).toString("base64")}?=`,
    "Date: Tue, 10 Mar 2026 15:04:09 +0100",
    `Message-ID: <counterpart.${o.from.replace("@", ".")}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    o.body,
  ].join("\r\n");
}

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
