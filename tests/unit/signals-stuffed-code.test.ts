/**
 * One random code stuffed into the middle of words again and again, so a filter reads no word whole
 * while a reader skims past. Hand-written; the genuine counterparts carry the same code in links, an
 * order number repeated, and a hex colour left in broken HTML.
 */
import { describe, expect, it } from "vitest";
import { stuffedCode } from "../../src/facts/disguise";
import { check } from "../signal-helpers";

const stuffed =
  "Your AQ7ZK2WM5mazon Prime MemQ7ZK2WM5bership is set to renew. The caQ7ZK2WM5rd on file is no longer vQ7ZK2WM5alid. If you don't update your card, your membership will be caQ7ZK2WM5nceled.";

describe("a code stuffed into words", () => {
  it("the same code glued inside words three times or more: text_scrambled", () => {
    expect(stuffedCode(stuffed)).not.toBeNull();
    const r = check({ from: "Membership Service <dono-treply@shop-notice.net>", subject: "Invalid billing payment", text: stuffed });
    expect(r.codes).toContain("text_scrambled");
  });
});

describe("genuine counterparts", () => {
  it("an order number repeated as a word, a tracking id repeated in links, a hex colour debris: nothing", () => {
    const order = "Your order QX42ZK7781 has shipped. Order QX42ZK7781 will arrive Monday. Questions about QX42ZK7781? Reply to this mail.";
    const links = "Track: https://track.example-courier.com/?id=ZK7PQ2W9xy View: https://track.example-courier.com/?id=ZK7PQ2W9xy Help: https://track.example-courier.com/?id=ZK7PQ2W9xy";
    const colour = "hostÿFFFF99 bgÿFFFF99s cellÿFFFF99s";
    for (const text of [order, links, colour]) expect(stuffedCode(text)).toBeNull();
    const r = check({ from: "Example Courier <notify@example-courier.com>", subject: "Your parcel is on its way", text: `${order}\n${links}` });
    expect(r.codes).not.toContain("text_scrambled");
    expect(r.verdict).toBe("no_signs");
  });
});
