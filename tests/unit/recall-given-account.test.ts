/**
 * given_account: the login and password of an account said to hold money ("funded with 75 BTC …
 * Password: csx44way"), handed to a stranger — the site asks a "withdrawal fee". Genuine counterparts:
 * a service's welcome mail with a temporary password but no money, an exchange's balance notice
 * without any password, and a list post quoting the scam.
 */
import { describe, expect, it } from "vitest";
import { check } from "../signal-helpers";

describe("an account with money, handed over", () => {
  it("'your bitcoin portfolio has been funded with 75 BTC … Password: csx44way' from a hijacked shop: given_account", () => {
    const r = check({
      from: "Desenho - B2Facas <desenho@b2facas-loja.example>",
      subject: "Payment Successful",
      text: "Hello Your bitcoin portfolio has been funded with 75 BTC current usd value should be around $1,380,460.50 Below are your new login details. www: Horizencoin . net Customer ID: 90972865 Password: csx44way Regards",
    });
    expect(r.signal("given_account")?.params.balance).toContain("75 BTC");
    expect(r.verdict).not.toBe("no_signs");
  });

  it("a USDT balance 'credited' with a login in Portuguese: given_account", () => {
    const r = check({
      from: "Suporte <suporte@cripto-saque.example>",
      subject: "Saldo disponível",
      text: "Sua conta recebeu 2.450 USDT. Acesse com o usuário hanako77 e senha: Qx81mPz para sacar.",
    });
    expect(r.codes).toContain("given_account");
  });
});

describe("genuine mail with a password or a balance", () => {
  it("a school portal's welcome mail with a temporary password, no money: no given_account", () => {
    const r = check({
      from: "Kita High School <portal@kita-high.example>",
      subject: "Your parent portal account",
      text: "Your parent portal account is ready. User ID: hanako.y Temporary password: Tz7-kq2m (change it at first login).",
    });
    expect(r.codes).not.toContain("given_account");
    expect(r.verdict).toBe("no_signs");
  });

  it("an exchange's balance notice without a password: no given_account", () => {
    const r = check({
      from: "Kumo Exchange <notice@kumo-exchange.example>",
      subject: "Deposit received",
      text: "Your deposit of 0.25 BTC has been credited to your account. Balance: 0.31 BTC.",
    });
    expect(r.codes).not.toContain("given_account");
    expect(r.verdict).toBe("no_signs");
  });

  it("a security list post quoting the scam: no given_account", () => {
    const r = check({
      from: "Jan Novak <jan@novak-consulting.example>",
      subject: "[abuse-l] fake exchange logins",
      headers: { "List-Id": "<abuse-l.lists.example>" },
      text: "Seen today: \"your portfolio has been funded with 75 BTC … Password: csx44way\". The site then asks a withdrawal fee.",
    });
    expect(r.codes).not.toContain("given_account");
  });
});
