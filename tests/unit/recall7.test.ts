/**
 * Issue 11, session 7: scams still missed once forwarded inline. Amazon S3's regional endpoints as pages
 * anyone can make (src/facts/cloud-storage.ts); a crypto giveaway under a project's name from a domain
 * that does not carry it (crypto_project_elsewhere, src/facts/project-name.ts), checked directly, without
 * Authentication-Results and forwarded inline, with its genuine counterparts (tests/fixtures/genuine/r7-*.eml,
 * hand-written after real ones). Hand-written; no corpus mail.
 */
import { describe, expect, it } from "vitest";
import { everyShape } from "../every-shape";
import { FORWARDER, } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { s3Endpoint } from "../../src/facts/cloud-storage";
import { domainFacts } from "../../src/facts/domain-facts";
import { projectName } from "../../src/facts/project-name";
import { counterpartMail } from "../counterpart-mail";
import { fixture } from "../fixtures";
import { check, link, rules } from "../signal-helpers";

const SHAPES = ["gmail-en", "outlook-en-text", "carrier-ja"];

const every = (raw: string | Uint8Array) => everyShape(raw, SHAPES);

describe("S3 endpoints in every region are pages anyone can make (link_free_hosting)", () => {
  it("reads the endpoint from virtual-host, path, website and dual-stack forms", () => {
    expect(s3Endpoint("prize-de.s3.eu-central-1.amazonaws.com")).toBe("s3.eu-central-1.amazonaws.com");
    expect(s3Endpoint("s3-us-west-2.amazonaws.com")).toBe("s3-us-west-2.amazonaws.com");
    expect(s3Endpoint("promo.s3-website-us-east-1.amazonaws.com")).toBe("s3-website-us-east-1.amazonaws.com");
    expect(s3Endpoint("promo.s3-website.eu-west-3.amazonaws.com")).toBe("s3-website.eu-west-3.amazonaws.com");
    expect(s3Endpoint("b.s3.dualstack.ap-south-1.amazonaws.com")).toBe("s3.dualstack.ap-south-1.amazonaws.com");
    expect(s3Endpoint("b.s3.cn-north-1.amazonaws.com.cn")).toBe("s3.cn-north-1.amazonaws.com.cn");
  });

  it("leaves other AWS hosts and look-alike names alone", () => {
    for (const h of ["ec2-3-4-5-6.compute-1.amazonaws.com", "sns.us-east-1.amazonaws.com", "news-s3.amazonaws.com", "s3.example.com", "my-s3.eu-west-1.example.org"])
      expect(s3Endpoint(h), h).toBeUndefined();
  });

  it("gives the endpoint as the platform, so the bucket's own name is what precedes it", () => {
    expect(domainFacts(rules, "paypal-verify.s3.us-east-2.amazonaws.com").hosting).toBe("s3.us-east-2.amazonaws.com");
    expect(domainFacts(rules, "sns.us-east-1.amazonaws.com").hosting).toBeUndefined();
  });

  it("a link into a regional bucket is link_free_hosting; a region-less one already was", () => {
    for (const href of ["https://mkrous.s3.us-east-2.amazonaws.com/index.html", "https://s3-us-west-2.amazonaws.com/gift-de/win.html", "https://gift.s3.amazonaws.com/a.html"]) {
      const r = check({ text: "Jetzt teilnehmen", links: [link(href, "Jetzt teilnehmen")] });
      expect(r.codes, href).toContain("link_free_hosting");
    }
    expect(check({ text: "Status", links: [link("https://sns.us-east-1.amazonaws.com/unsubscribe.html", "unsubscribe")] }).codes).not.toContain("link_free_hosting");
  });
});

describe("genuine counterparts: no_signs directly, stripped and forwarded inline", () => {
  const GENUINE = [
    "r7-exchange-airdrop-en",
    "r7-binance-airdrop-notice-en",
    "r7-staking-rewards-en",
    "r7-crypto-newsletter-en",
    "r7-loyalty-rewards-en",
    "r7-newsletter-s3-download-en",
    "r7-gls-bank-newsletter-de",
    "r7-shop-shipped-gls-de",
    "r7-coolblue-order-nl",
    "r7-fressnapf-gewinnspiel-de",
    "r7-partner-names-fressnapf-de",
  ];
  for (const name of GENUINE)
    it(name, async () => {
      for (const { how, verdict, codes } of await every(fixture(`genuine/${name}.eml`))) {
        expect(verdict, `${name} ${how} ${codes}`).toBe("no_signs");
        expect(codes, `${name} ${how}`).not.toContain("crypto_project_elsewhere");
      }
    });
});

const BONK = `Only a Few Hours Left to Claim Your BONK!

To Our Community,

We're excited to announce the largest official $BONK airdrop ever! As a valued community member, you have the chance to claim your share of $BONK tokens. Once the window closes, these tokens are gone for good.

Claim Airdrop: https://u5490341.ct.sendgrid.net/ls/click?upn=u001.gTV2Fex6Z7i8

Connect your crypto wallet to verify eligibility.`;

const STAKING = `Embark on the Stellar Staking Journey

The latest payout system has been implemented for the Stellar Network. Payouts start at a 27% APY rate and decrease in time, so begin staking sooner and reap more rewards.

Get Started: https://r.email.example-tracker.net/tr/cl/NWXRkfstW65k

Copyright © 2026 Stellar Development Foundation, All rights reserved.`;

const DISTRIBUTION = `Dear user,

The S2 distribution is now available. Please sign in to your dashboard to review your eligibility status, confirm the amount allocated to you, and start the release to your designated wallet.

Access Portal: https://click.mail-plasmadonor.example/?qs=caf94ee01948aaa6

This email was sent by asterdex. 2026 All Rights Reserved Asterdex.`;

describe("crypto_project_elsewhere: a giveaway under a project's name from a domain that does not carry it", () => {
  it("reads one project name from the display name, generic words aside; none from a person's or several names", () => {
    expect(projectName("BONK")).toBe("BONK");
    expect(projectName("Asterdex Update")).toBe("Asterdex");
    expect(projectName("Stellar Foundation")).toBe("Stellar");
    expect(projectName("Lido Finance")).toBe("Lido");
    for (const n of ["Mike Brown", "Crypto.com", "Support Team", "X", "The Defiant Daily Newsletter Team Of Three", `BONK ${"Team ".repeat(20)}`]) expect(projectName(n), n).toBeUndefined();
  });

  const CASES = [
    { name: "an airdrop of $BONK from a travel agency's domain", mail: { fromName: "BONK", from: "bonkcoinsolana@metafisica-example.com", subject: "Limited Time: Secure Your Share of the $BONK Airdrop Now", body: BONK } },
    { name: "staking yield under the Stellar name from a golf club's domain", mail: { fromName: "Stellar Foundation", from: "herb@southernheritage-example.com", subject: "Earn XLM by staking your assets", body: STAKING } },
    { name: "a token distribution 'sent by asterdex' from a plasma donor service", mail: { fromName: "Asterdex Update", from: "donor.response@mail-plasmadonor.example", subject: "Claim Your token:", body: DISTRIBUTION } },
  ];
  for (const c of CASES)
    it(`${c.name}: flagged directly, stripped and forwarded`, async () => {
      for (const { how, verdict, codes } of await every(counterpartMail(c.mail))) {
        expect(codes, how).toContain("crypto_project_elsewhere");
        expect(verdict, how).not.toBe("no_signs");
      }
    });

  it("not from the project's own domain, nor when a link goes to a site carrying its name", () => {
    const links = [link("https://u5490341.ct.sendgrid.net/ls/click?upn=u001.gTV2Fex6Z7i8", "Claim Airdrop")];
    const base = { subject: "Secure Your Share of the $BONK Airdrop", text: BONK, links };
    expect(check({ ...base, from: "BONK <bonkcoinsolana@metafisica-example.com>" }).codes).toContain("crypto_project_elsewhere");
    expect(check({ ...base, from: "BONK <news@bonkcoin.com>" }).codes).not.toContain("crypto_project_elsewhere");
    expect(check({ ...base, from: "BONK <news@metafisica-example.com>", links: [...links, link("https://bonkcoin.com/airdrop", "bonkcoin.com")] }).codes).not.toContain("crypto_project_elsewhere");
  });

  it("not when the name is only mentioned, not spoken as (a person who signs with it), nor without crypto, nor on a list", () => {
    const links = [link("https://t.example-esp.net/c/1", "here")];
    const claim = "Claim your airdrop tokens before Friday: connect your wallet here.";
    expect(check({ from: "Mike <mike@acme-example.com>", subject: "airdrop", text: `${claim}\n\nCheers, Mike`, links }).codes).not.toContain("crypto_project_elsewhere");
    expect(check({ from: "Nectar <nectar@email.shop-example.co.uk>", subject: "Your Nectar rewards are ready", text: "Your Nectar rewards are ready: claim your rewards in the Nectar app.", links }).codes).not.toContain("crypto_project_elsewhere");
    expect(check({ from: "BONK <b@metafisica-example.com>", subject: "$BONK airdrop", text: BONK, links, headers: { "List-Id": "<crypto-talk.lists.example.org>" } }).codes).not.toContain("crypto_project_elsewhere");
  });
});

/** A Gmail-style inline forward of a mail whose From line the client copied as `from`. */
const gmailForward = (from: string, subject = "Someone tried to log in to your account", body = "Hi, a user just logged into your account from a new device. Report the user: https://www.example-social.com/n/?report=1") =>
  [
    `From: Taro Yamada <${FORWARDER}>`,
    "To: check@phishcheck.example",
    `Subject: Fwd: ${subject}`,
    "Date: Tue, 10 Mar 2026 10:00:00 +0900",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Is this real?",
    "",
    "---------- Forwarded message ---------",
    `From: ${from}`,
    "Date: Mon, 9 Mar 2026 06:07:31 +0000",
    `Subject: ${subject}`,
    "To: <taro.yamada@example.jp>",
    "",
    body,
  ].join("\r\n");

describe("sender_malformed in an inline forward: the empty brackets the client copied", () => {
  it("a From of a name and '<>' (no address at all) is malformed, forwarded too", async () => {
    const r = await checkMail(gmailForward('"Facebook" <>'), rules, { forwarder: FORWARDER });
    expect(r.original?.via).toBe("inline");
    expect(r.reasons.map((x) => x.code)).toContain("sender_malformed");
  });

  it("not a name alone (a client leaving the address out), nor a bounce's null sender", async () => {
    for (const from of ["Facebook", "Mail Delivery Subsystem <>", "Taro Yamada <taro.yamada@example.jp>"]) {
      const r = await checkMail(gmailForward(from, "Lunch", "Are we still on for Tuesday?"), rules, { forwarder: FORWARDER });
      expect(r.reasons.map((x) => x.code), from).not.toContain("sender_malformed");
    }
  });
});

describe("advance_fee reads a German 'US-Dollar' sum", () => {
  const LETTER = "Hallo\n\nIch wende mich im Namen der Stiftung an Sie. Sie wurden für eine Spende von 1 Million US-Dollar ausgewählt. Bitte kontaktieren Sie die Stiftung unter stiftung.spende11@gmail.com\n\nMit freundlichen Grüßen";
  it("a donation of '1 Million US-Dollar' to claim at a free mailbox: advance_fee, directly and forwarded", async () => {
    const raw = counterpartMail({ fromName: "Peter Lee", from: "peter.lee@ministerio-example.gob.ve", subject: "Aw:", body: LETTER, auth: false });
    for (const { how, verdict, codes } of await every(raw)) {
      expect(codes, how).toContain("advance_fee");
      expect(verdict, how).toBe("dangerous");
    }
  });

  it("a news item on a '1 Million US-Dollar' donation, with the press office's own address, is no letter", () => {
    const text = "Die Stiftung erhielt eine Spende von 1 Million US-Dollar für das neue Kinderhospiz. Bei Fragen kontaktieren Sie unsere Pressestelle unter presse@kinderhospiz-example.de.";
    expect(check({ from: "Kinderhospiz Nachrichten <news@kinderhospiz-example.de>", subject: "Neuigkeiten aus dem Hospiz", text }).codes).not.toContain("advance_fee");
  });
});

describe("GLS in the catalogue: a courier's name on a stranger's address is a claim", () => {
  const NOTICE = "LAATSTE WAARSCHUWING\n\nUw pakket wordt binnen 12 uur teruggestuurd naar de afzender vanwege onbetaalde inklaringskosten (€1,99).\n\nBEVESTIG LEVERING NU: https://kyempapu-example.org/?act=cl&pid=33013";
  it("'GLS' from a random domain linking a stranger's site: flagged directly, stripped and forwarded", async () => {
    const raw = counterpartMail({ fromName: "GLS 📢", from: "actionthales_s4q0r799@iyu0l6br2royz7-example.com", subject: "LAATSTE WAARSCHUWING", body: NOTICE });
    for (const { how, verdict, codes } of await every(raw)) {
      expect(codes, how).toContain("sender_name_brand_mismatch");
      expect(verdict, how).toBe("dangerous");
    }
  });

  it("the bank, the car and a language school that share the initials claim nothing", () => {
    for (const from of ["GLS Bank <newsletter@gls.de>", "Mercedes-Benz GLS Angebote <angebote@autohaus-example.de>", "GLS Sprachenzentrum <info@sprachschule-example.de>"])
      expect(check({ from, subject: "Neuigkeiten", text: "Guten Tag, unser Newsletter für März." }).codes, from).not.toContain("sender_name_brand_mismatch");
    expect(check({ from: "GLS <noreply@gls-pakete.de>", subject: "Ihr Paket kommt heute", text: "Ihr GLS Paket kommt heute." }).codes).not.toContain("sender_name_brand_mismatch");
  });
});

describe("Coolblue, Fressnapf and Movie Park in the catalogue: their names on a stranger's prize lure", () => {
  const LURE = "Guten Tag, wir gratulieren Ihnen recht herzlich. Sie gehören zu den Auserwählten für das Gewinnspiel. Alle Teilnehmer haben die Chance auf ein 500€ Paket. Klicken Sie auf BESTÄTIGEN: https://d15k2d11r6t6rl.cloudfront.net/index.html";
  for (const fromName of ["Fressnapf Gutschein", "MoviePark", "Coolblue-beloningen"])
    it(`'${fromName}' from a stranger's domain: flagged directly, stripped and forwarded`, async () => {
      const raw = counterpartMail({ fromName, from: "service@friends-portal-example.de", subject: "wir gratulieren Ihnen recht herzlich.", body: LURE, auth: false });
      for (const { how, verdict, codes } of await every(raw)) {
        expect(codes, how).toContain("sender_name_brand_mismatch");
        expect(verdict, how).toBe("dangerous");
      }
    });
});
