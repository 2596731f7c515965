/**
 * Amil (Brazil's large health insurer) in the catalogue by its plan names — "Planos Amil", "Plano Saúde
 * Amil", "Amil Saúde" — never by the bare word, which is also a given name. Lead-generation mail that
 * writes as "Planos Amil" from a car-insurance or quote site's domain claims the brand at a stranger's
 * domain. Genuine counterparts: Amil's own notice from amil.com.br, a colleague called Amil, a clinic
 * that lists the plans it accepts.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

describe("Amil claimed at a stranger's domain", () => {
  for (const from of ["Planos Amil | Cotar Saúde <renata@e.cotar-saude.example>", "Plano Saúde Amil <contato@e.seu-carro-seguro.example>"]) {
    it(`${from}: the brand's name at a domain not Amil's`, () => {
      const r = check({
        from,
        subject: "Rodrigo, sua cotação do plano de saúde",
        text: "Prezado Rodrigo, temos uma condição especial para seu Plano. Clique aqui e acesse sua cotação exclusiva.",
        links: [link("https://e.cotar-saude.example/c/8812")],
      });
      expect(r.codes).toContain("sender_name_brand_mismatch");
      expect(r.verdict).toBe("dangerous");
    });
  }
});

describe("genuine mail that names Amil", () => {
  it("Amil's own notice from amil.com.br linking to its own site: not dangerous", () => {
    const r = check({
      from: "Amil Saúde <comunicados@amil.com.br>",
      subject: "Sua carteirinha digital",
      text: "Olá, Rodrigo. Sua carteirinha digital Amil já está disponível no app.",
      links: [link("https://www.amil.com.br/carteirinha")],
    });
    expect(r.verdict).not.toBe("dangerous");
  });

  it("a colleague named Amil: no brand claimed, no signs", () => {
    const r = check({ from: "Amil Kumar <amil.kumar@yamada-kogyo.co.jp>", subject: "Minutes", text: "Hanako, the minutes are attached. Amil" });
    expect(r.codes).not.toContain("sender_name_brand_mismatch");
    expect(r.verdict).toBe("no_signs");
  });

  it("a clinic's newsletter listing the plans it accepts (Amil, Bradesco Saúde), linking to its own site: no signs", () => {
    const r = check({
      from: "Clínica Boa Vista <news@clinicaboavista.example.br>",
      subject: "Novos horários de atendimento",
      text: "Atendemos os planos Amil, SulAmérica e Bradesco Saúde. Agende pelo nosso site.",
      links: [link("https://www.clinicaboavista.example.br/agendar")],
    });
    expect(r.verdict).toBe("no_signs");
  });
});
