/**
 * Trust round 9 (tests/fixtures/genuine/g9-*): the phishing counterparts of its fixes. Each fix lets a genuine
 * kind of mail through; each test here shows the scam the changed rule was built for is still caught.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { serviceMailbox } from "../../src/facts/provider-mailbox";
import { withoutSafetyAdvice } from "../../src/facts/safety-advice";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { counterpartMail as mail } from "../counterpart-mail";
import { fixture } from "../fixtures";

const rules = compileRules(defaultRules());
const check = (raw: string | Uint8Array) => checkMail(raw, rules);
const codes = async (raw: string | Uint8Array) => (await check(raw)).reasons.map((r) => r.code);
const noAuth = (raw: string) => raw.replace(/^Authentication-Results:.*\r\n(?:[ \t].*\r\n)*/, "");
const text = (path: string) => Buffer.from(fixture(path)).toString("latin1");

describe("a mail provider's own service mailbox at its own domain (item 1)", () => {
  it("@nifty's notice from info@nifty.com is no free-mailbox claim, and '\"@nifty\"' is no malformed From", async () => {
    const raw = text("genuine/g9-nifty-security-notice-ja.eml");
    expect((await check(raw)).verdict).toBe("no_signs");
    const stripped = await codes(noAuth(raw));
    expect(stripped).not.toContain("sender_freemail_brand");
    expect(stripped).not.toContain("sender_malformed");
  });

  it("role mailboxes only: a person's name or a number makes it a customer's mailbox", () => {
    for (const a of ["info@nifty.com", "no-reply@web.de", "Security@naver.com", "mailinfo@biglobe.ne.jp", "support@mail.ru"]) expect(serviceMailbox(a), a).toBe(true);
    for (const a of ["taro.suzuki77@nifty.com", "nifty.support2024@nifty.com", "support2024@nifty.com", "security.team@gmail.com", "info-support@nifty.com", "no@web.de", "noreply-paypal@gmx.de", "@nifty.com", "security@googlegroups.com", "support@groups.io"]) expect(serviceMailbox(a), a).toBe(false);
  });

  const notice = (fromName: string, from: string) =>
    mail({ fromName, from, subject: "【@nifty】アカウントの確認", body: "@niftyをご利用のお客様\nアカウントが一時停止されました。以下より本人確認を行ってください。\nhttps://nifty-account-check.top/login\n" });

  it("a customer's mailbox at nifty.com, or a stranger's free mailbox, naming @nifty is still a claim (and dangerous)", async () => {
    for (const from of ["taro.suzuki77@nifty.com", "nifty.support2024@gmail.com", "support2024@nifty.com"]) {
      const r = await check(notice("@nifty サポート", from));
      expect(r.reasons.map((x) => x.code), from).toContain("sender_freemail_brand");
      expect(r.verdict, from).toBe("dangerous");
    }
  });

  it("another provider's role mailbox naming @nifty is still a claim: only the provider's own name is its own", async () => {
    expect(await codes(notice("@nifty", "info@gmx.de"))).toContain("sender_freemail_brand");
  });

  it("a role name at a big webmail whose company writes from another domain (gmail.com, outlook.com) still claims", async () => {
    const alert = (fromName: string, from: string) => mail({ fromName, from, subject: "Unusual sign-in", body: "We blocked a sign-in. Verify your account within 24 hours: https://account-verify-login.top/\n" });
    expect(await codes(alert("Google", "security@gmail.com"))).toContain("sender_freemail_brand");
    expect(await codes(alert("Microsoft account team", "support@outlook.com"))).toContain("sender_freemail_brand");
  });

  it("a From with a second address, or a domain with no dot, is still malformed", async () => {
    const raw = mail({ fromName: "x", from: "info@nifty.com", subject: "s", body: "hello\n" }).replace(/^From: .*$/m, 'From: "@nifty" <info@nifty.com>, <billing@nifty-pay.top>');
    expect(await codes(raw)).toContain("sender_malformed");
    const noDot = mail({ fromName: "x", from: "info@nifty.com", subject: "s", body: "hello\n" }).replace(/^From: .*$/m, "From: Support <support@localhost>");
    expect(await codes(noDot)).toContain("sender_malformed");
  });
});

describe("a hoster's welcome: its server at its name-plus-'server' domain, on its control panel's port (item 4)", () => {
  it("the welcome is no_signs direct, and stripped of its authentication neither a lookalike nor an odd port", async () => {
    const raw = text("genuine/g9-hosting-welcome-de.eml");
    expect((await check(raw)).verdict).toBe("no_signs");
    const stripped = await codes(noAuth(raw));
    expect(stripped).not.toContain("link_sender_lookalike");
    expect(stripped).not.toContain("link_odd_port");
  });

  const welcome = (link: string) =>
    mail({ fromName: "Hostwerk Kundenservice", from: "support@hostwerk.de", auth: false, subject: "Ihr Hosting-Konto wird gesperrt", body: `Guten Tag,\nIhr Hosting-Konto wird in 24 Stunden gesperrt. Bestätigen Sie Ihre Zugangsdaten:\n${link}\n` });

  it("the sender's name with an action word (-login, -online, -secure, -verify) is still a lookalike", async () => {
    for (const link of ["https://hostwerk-login.de/konto", "https://kunden.hostwerk-online.de/", "https://secure-hostwerk.de/verify", "https://hostwerk-verify.com/"]) expect(await codes(welcome(link)), link).toContain("link_sender_lookalike");
  });

  it("a panel's port on a stranger's host, or another odd port on the sender's own, is still odd", async () => {
    expect(await codes(welcome("https://s12.panel-hosting-login.top:8443/"))).toContain("link_odd_port");
    expect(await codes(welcome("https://45.77.12.9:2083/"))).toContain("link_odd_port");
    expect(await codes(welcome("https://s12.hostwerk-server.de:8081/login"))).toContain("link_odd_port");
  });

  it("an infrastructure word on a brand's name is still the brand's name in a stranger's domain", async () => {
    const r = await check(mail({ fromName: "PayPal", from: "service@paypal-server.com", auth: false, subject: "Ihr Konto", body: "Bestätigen Sie Ihr Konto: https://www.paypal-server.com:8443/login\n" }));
    expect(r.reasons.map((x) => x.code)).toContain("sender_brand_in_domain");
    expect(r.verdict).toBe("dangerous");
  });
});

describe("a brand's own draw on a contest platform (item 5)", () => {
  it("the giveaway is no_signs direct, and stripped of its authentication no action link elsewhere", async () => {
    const raw = text("genuine/g9-brand-giveaway-gleam-en.eml");
    expect((await check(raw)).verdict).toBe("no_signs");
    expect(await codes(noAuth(raw))).not.toContain("action_link_elsewhere");
  });

  const draw = (action: string, opts: { auth?: boolean; unsubscribe?: boolean } = {}) =>
    mail({
      fromName: "Bean & Bloom Coffee",
      from: "hello@beanandbloom.com",
      auth: opts.auth,
      subject: "Confirm your entry",
      body: `<p>Hi Sam,</p><p><a href="${action}">Confirm your entry</a></p><p><a href="https://www.beanandbloom.com/pages/giveaway-terms">Terms</a></p>${opts.unsubscribe === false ? "" : '<p><a href="https://www.beanandbloom.com/pages/unsubscribe?e=c2Ft">Unsubscribe</a></p>'}`,
    }).replace("Content-Type: text/plain", "Content-Type: text/html");

  it("the same button to a stranger's site is still the one link elsewhere", async () => {
    for (const auth of [true, false]) expect(await codes(draw("https://beanandbloom-giveaway.top/entry", { auth })), String(auth)).toContain("action_link_elsewhere");
  });

  it("a contest platform unauthenticated and without an unsubscribe link home, or a form builder unauthenticated, is still elsewhere", async () => {
    expect(await codes(draw("https://gleam.io/x7Kq2/giveaway", { auth: false, unsubscribe: false }))).toContain("action_link_elsewhere");
    expect(await codes(draw("https://form.jotform.com/233481234567", { auth: false }))).toContain("action_link_elsewhere");
    expect(await codes(draw("https://beanandbloom.typeform.com/to/Xy12", { auth: false }))).toContain("action_link_elsewhere");
  });

  it("authenticated, a form builder or a contest platform is the brand's own entry form", async () => {
    expect(await codes(draw("https://form.jotform.com/233481234567", { unsubscribe: false }))).not.toContain("action_link_elsewhere");
    expect(await codes(draw("https://gleam.io/x7Kq2/giveaway", { unsubscribe: false }))).not.toContain("action_link_elsewhere");
  });
});

describe("safety advice names the secret to keep, it does not ask for it (item 2)", () => {
  it("an exchange's sign-in and withdrawal notices, stripped of their authentication, ask for no secret", async () => {
    for (const path of ["genuine/g9-exchange-signin-seed-warning-en.eml", "genuine/g9-exchange-withdrawal-seed-warning-ja.eml"]) {
      const raw = text(path);
      expect((await check(raw)).verdict, path).toBe("no_signs");
      expect(await codes(noAuth(raw)), path).not.toContain("asks_secrets");
    }
  });

  it("the advice in each language is blanked; the ask in the next sentence is still read", () => {
    for (const advice of [
      "Never trust a message that asks for your seed phrase.",
      "Never share your password or 2FA codes with anyone.",
      "Do not share your recovery phrase with anyone, including our staff.",
      "秘密鍵・シードフレーズは絶対に他人に教えないでください。",
      "暗証番号は誰にも教えないようご注意ください。",
      "Geben Sie Ihre PIN und Ihr Passwort niemals an Dritte weiter.",
      "Ne partagez jamais votre mot de passe.",
      "Nunca compartas tu contraseña con nadie.",
      "Nunca compartilhe sua senha.",
      "Non condividere mai la tua password.",
    ]) {
      const blanked = withoutSafetyAdvice(`Hello.\n${advice}\nConfirm your seed phrase here: https://x.example`);
      expect(blanked.length, advice).toBe(`Hello.\n${advice}\nConfirm your seed phrase here: https://x.example`.length);
      expect(blanked, advice).toContain("Confirm your seed phrase here");
      expect(blanked.trim().startsWith("Hello."), advice).toBe(true);
      expect(blanked.split("\n")[1]!.replace(/[。.]/g, "").trim(), advice).toBe("");
    }
  });

  const wallet = (body: string, auth = false) => mail({ fromName: "Kraken", from: "noreply@kraken.com", auth, subject: "Wallet verification required", body });

  it("a scam that puts the advice before its ask still asks for the seed phrase (and stays dangerous)", async () => {
    const r = await check(wallet("Your wallet has been suspended. Never share your seed phrase with anyone. To restore access, enter your seed phrase here: https://kraken-wallet-restore.top/verify\n"));
    expect(r.reasons.map((x) => x.code)).toContain("asks_secrets");
    expect(r.verdict).toBe("dangerous");
  });

  it("'never' that is not advice is no blank: 'you'll never lose access if you verify your seed phrase now'", () => {
    const t = "You will never lose access again if you verify your seed phrase now: https://x.example";
    expect(withoutSafetyAdvice(t)).toBe(t);
  });
});

describe("a project's one-story announcement forwarded inline, its List-Id gone (item 3)", () => {
  it("the announcement is no wallet lure directly or stripped", async () => {
    const raw = text("genuine/g9-wallet-staking-launch-en.eml");
    expect((await check(raw)).verdict).toBe("no_signs");
    expect(await codes(noAuth(raw).replace(/^List-Id:.*\r\n/m, ""))).not.toContain("wallet_lure");
  });

  const footer = "Lumen Wallet · London\nUnsubscribe: https://lumenwallet.us21.list-manage.com/unsubscribe?u=7f3b&id=4a5b\nWebsite: https://lumenwallet.io\n";
  const lure = (words: string, link: string, withFooter = true) =>
    mail({ fromName: "Lumen Wallet", from: "hello@lumenwallet.io", auth: false, subject: "Staking rewards are live", body: `Hi,\n${words}: ${link}\n${withFooter ? footer : ""}` });

  it("the claim on an abused ending, a free host or a brand's imitation is still a lure, footer or not", async () => {
    for (const link of ["https://lumen-rewards.top/claim", "https://lumen-claim.pages.dev/eth", "https://metamask-rewards.com/claim"])
      expect(await codes(lure("Claim your rewards now", link)), link).toContain("wallet_lure");
  });

  it("without the footer's link home and way off the list, the same claim on an ordinary domain is still a lure", async () => {
    expect(await codes(lure("Claim your rewards now", "https://app.lumen-rewards.fi/eth", false))).toContain("wallet_lure");
  });

  it("the wallet in trouble is never an announcement: 'verify your wallet' with the footer is still a lure", async () => {
    expect(await codes(lure("Your wallet requires verification, verify your wallet here", "https://app.lumen-rewards.fi/verify"))).toContain("wallet_lure");
  });
});

describe("a two-word business name, a name and a trade, that is its own domain letter for letter (item 6)", () => {
  it("'Apple Dental' <frontdesk@appledental.com> is no Apple claim (dangerous before)", async () => {
    const raw = text("genuine/g9-dentist-reminder-en.eml");
    expect((await check(raw)).verdict).toBe("no_signs");
    const c = await codes(noAuth(raw));
    expect(c).not.toContain("sender_name_brand_mismatch");
    expect(c).not.toContain("brand_links_elsewhere");
  });

  const notice = (fromName: string, from: string) =>
    mail({ fromName, from, subject: "Your account is on hold", body: `${fromName}\nWe could not verify your payment. Sign in within 24 hours to keep your account: https://www.${from.split("@")[1]}/signin\n` });

  it("a lure word or a brand's own product line is still the brand's name", async () => {
    for (const [name, from] of [["Apple Support", "help@applesupport.com"], ["Apple Music", "billing@applemusic.co"], ["Amazon Pharmacy", "care@amazonpharmacy.net"], ["Apple Books", "care@applebooks.net"], ["Apple Store", "orders@applestore.com"]] as const) {
      const r = await check(notice(name, from));
      expect(r.verdict, name).toBe("dangerous");
    }
  });

  it("the trade name at a domain that is not the name spelt out, on an abused ending, or at a free mailbox is still a claim", async () => {
    for (const from of ["frontdesk@appledental-billing.com", "frontdesk@appledental.top", "appledental@gmail.com", "frontdesk@dental-apple-care.com"]) {
      const r = await check(notice("Apple Dental", from));
      expect(r.reasons.map((x) => x.code), from).toEqual(expect.arrayContaining([expect.stringMatching(/^sender_(?:name_brand_mismatch|freemail_brand|brand_in_domain)$/)]));
      expect(r.verdict, from).not.toBe("no_signs");
    }
  });

  it("the two-word phishing names that stay claims: 'Bradesco S/A', 'Pedido-Correios', 'Wells Fargo' at their own-named domains", async () => {
    for (const [name, from] of [["Bradesco S/A", "contato@bradescosa.com"], ["Pedido-Correios", "aviso@pedidocorreios.com"], ["Wells Fargo", "alerts@wellsfargo-secure.com"]] as const)
      expect((await check(notice(name, from))).verdict, name).toBe("dangerous");
  });
});

describe("notNames read hyphens and dashes as the spaces they stand for (item 7)", () => {
  const rules7 = compileRules(defaultRules());
  const claimsOf = async (fromName: string) => {
    const r = await checkMail(mail({ fromName, from: "verkauf@autohaus-meyer-bremen.de", subject: "Ihre Probefahrt", body: `${fromName}\nIhre Probefahrt am Samstag um 10:30 Uhr.\n` }), rules7);
    return r.reasons.map((x) => x.code).filter((c) => /^(?:sender_name_brand_mismatch|claimed_brand_unofficial_sender)$/.test(c));
  };

  it("the dealer's test drive in a Mercedes-Benz GLS is no_signs; the car however written is no GLS claim", async () => {
    expect((await check(text("genuine/g9-dealer-testdrive-gls-de.eml"))).verdict).toBe("no_signs");
    for (const name of ["Mercedes-Benz GLS", "Mercedes\u2011Benz GLS", "Mercedes\u2013Benz GLS", "Mercedes-Benz-GLS", "GLS-Klasse", "GLS Klasse", "GLS\u2011Klasse", "GLS-Bank"]) expect(await claimsOf(name), name).toEqual([]);
  });

  it("GLS itself, or GLS with a parcel word, however written, is still the courier's name", async () => {
    for (const name of ["GLS", "GLS-Paket", "GLS Paketdienst", "GLS-Kundenservice"]) expect(await claimsOf(name), name).not.toEqual([]);
  });
});
