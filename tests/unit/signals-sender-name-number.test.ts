/**
 * A long made-up case number in the sender's name ("Comunicado ao cliente - Cod. 37165178664887"):
 * every copy unique, to slip past filters. Hand-written; the genuine counterparts put a phone number
 * or a short ticket number in the name, and a courier's tracking number in the subject.
 */
import { describe, expect, it } from "vitest";
import { check, link } from "../signal-helpers";

describe("a long number in the sender's name", () => {
  it("'Comunicado ao cliente - Protocolo: 427835915295090' from a free mailbox: sender_name_number", () => {
    const r = check({ from: "Comunicado ao cliente - Protocolo: 427835915295090 <atendimento.cliente83@gmail.com>", subject: "Seus pontos expiram hoje", text: "Resgate seus pontos antes que expirem.", links: [link("https://resgate-pontos.example-host.net/", "Resgatar")] });
    expect(r.codes).toContain("sender_name_number");
    expect(r.signal("sender_name_number")!.params.number).toBe("427835915295090");
  });
});

describe("genuine counterparts", () => {
  for (const from of [
    "Yamada Clinic 0312345678 <info@yamada-clinic.jp>",
    "Support [Ticket 48213377] <support@helpdesk.example-saas.com>",
    "Sato Taro (+81 90 1234 5678) <taro.sato@sato-shoji.co.jp>",
  ])
    it(`${from}: no number sign`, () => {
      const r = check({ from, subject: "Re: your question", text: "Thanks for writing, here is the answer." });
      expect(r.codes).not.toContain("sender_name_number");
      expect(r.verdict).toBe("no_signs");
    });

  it("a courier notice with its 12-digit tracking number in the subject, not the name: no number sign", () => {
    const r = check({ from: "FedEx <TrackingUpdates@fedex.com>", subject: "Your package 123456789012 is on its way", text: "Track your shipment.", links: [link("https://www.fedex.com/fedextrack/?trknbr=123456789012", "Track")] });
    expect(r.codes).not.toContain("sender_name_number");
    expect(r.verdict).not.toBe("dangerous");
  });
});
