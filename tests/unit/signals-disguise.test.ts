/**
 * Names and subjects written so a filter can't read them while a person still does: marks stacked
 * on letters, Cyrillic letters in Latin words, styled letters, I for l. The genuine counterparts —
 * accents, real Russian or Greek text, Japanese, a mis-decoded charset — say nothing.
 */
import { describe, expect, it } from "vitest";
import { check } from "../signal-helpers";
import { disguiseOf, unmask } from "../../src/facts/disguise";
import { letterSwaps } from "../../src/text/confusables";

describe("unmask and letterSwaps", () => {
  it("reads disguised letters as a person does", () => {
    expect(unmask("Ap\u073fpl\u073fe ID")).toBe("Apple ID");
    expect(unmask("Yоur аccоunt")).toBe("Your account");
    expect(unmask("ᴘᴀʏᴍᴇɴᴛ 𝐝𝐞𝐥𝐞𝐭𝐞𝐝")).toBe("payment deleted");
    expect(letterSwaps("Trust WaIIet")).toContain("Trust Wallet");
    expect(letterSwaps("lRS.GOV")).toContain("IRS.GOV");
  });

  it("leaves ordinary text alone", () => {
    expect(unmask("Crédit Agricole — ご注文の確認")).toBe("Crédit Agricole — ご注文の確認");
    expect(letterSwaps("Apple ID")).toEqual([]);
  });
});

describe("brand_name_disguised", () => {
  it("a brand's name in stuffed marks or I-for-l in the display name (Cyrillic letters have their own reason)", () => {
    expect(check({ from: "Аmazon.com <notice@mail-center.example.net>" }).codes).toEqual(["sender_name_brand_mismatch", "sender_name_mixed_script"]);
    for (const name of ["Ap\u073fpl\u073fe ID", "Trust WaIIet", "lRS.GOV"]) {
      const r = check({ from: `${name} <notice@mail-center.example.net>` });
      expect(r.codes, name).toContain("brand_name_disguised");
      expect(r.codes, name).toContain("sender_name_brand_mismatch");
      expect(r.verdict, name).toBe("dangerous");
    }
  });

  it("an acronym run into the next word is read apart (SSADocument → SSA Document)", () => {
    expect(check({ from: "SSADocument_noreply. <offer@mail-center.example.net>" }).codes).toContain("sender_name_brand_mismatch");
  });

  it("the brand's plain name is a claim, not a disguise; written as one word too", () => {
    const r = check({ from: "TrustWallet APP <noreply@mail-center.example.net>" });
    expect(r.codes).toContain("sender_name_brand_mismatch");
    expect(r.codes).not.toContain("brand_name_disguised");
  });

  it("names that merely contain I or l next to capitals are not brands", () => {
    expect(check({ from: "Isabel McIntosh <isabel@mcintosh-family.example>" }).codes).toEqual([]);
  });
});

describe("text_disguised", () => {
  it("a subject with Cyrillic letters inside English words", () => {
    const r = check({ subject: "Yоur аccоunt hаs been lоcked" });
    expect(r.signal("text_disguised")).toMatchObject({ points: 3, params: { where: "subject" } });
  });

  it("styled letters in the name or subject weigh less", () => {
    expect(check({ subject: "𝐒𝐄𝐋𝐋 𝐍𝐎𝐖 𝐖𝐈𝐓𝐇𝐎𝐔𝐓 𝐅𝐄𝐄𝐒" }).signal("text_disguised")).toMatchObject({ points: 2 });
    expect(check({ from: "~~ᴘᴀʏᴍᴇɴᴛ ᴅᴇᴄʟɪɴᴇᴅ <a@b-shop.example>" }).signal("text_disguised")).toMatchObject({ points: 2, params: { where: "name" } });
  });

  it("genuine counterparts: accents (also decomposed), Russian, Greek, Japanese, a broken charset", () => {
    expect(disguiseOf("Re: Crédit Agricole")).toBeNull();
    expect(disguiseOf("Cre\u0301dit Agricole")).toBeNull();
    expect(disguiseOf("Привет, как дела?")).toBeNull();
    expect(disguiseOf("Καλημέρα")).toBeNull();
    expect(disguiseOf("【重要】ご利用確認のお願い")).toBeNull();
    expect(disguiseOf("[ILUG] \ufffd°ӷ~\ufffd줽\ufffdǥX\ufffd\ufffd")).toBeNull();
    expect(check({ subject: "Привет из Москвы" }).codes).toEqual([]);
  });
});

describe("text_scrambled", () => {
  it("two or more word-breaking tricks across the name and subject", () => {
    const r = check({ from: "-Albert-Heijn Cadeaucentrum!. .ZYIVB <news@mail.example>", subject: "'Win vandaag nog een.Albert Heijn-Cadeaukaart" });
    expect(r.signal("text_scrambled")).toMatchObject({ points: 3 });
    expect(check({ subject: "L etzte B enachrichtigung –Z ustellung Ihres Pakets.YTQX" }).signal("text_scrambled")).toMatchObject({ points: 2 });
    expect(check({ subject: "Bitcoin__Transfer__0.7495__BTC", from: "-Support <a@b.example>" }).codes).toContain("text_scrambled");
  });

  it("a whole subject with dots or underscores for spaces counts twice", () => {
    expect(check({ subject: "Get_it_urgently_0.7495_BTC" }).signal("text_scrambled")).toMatchObject({ points: 3 });
    expect(check({ subject: "Balance.FOR.PAYMENTS.0.7495.Bitcoin" }).signal("text_scrambled")).toMatchObject({ points: 2 });
  });

  it("one trick alone, code identifiers, ellipses and hyphenated words say nothing", () => {
    for (const subject of ["kvm_set_msr", "README_update", "www.yamada-kogyo.co.jp", "v1.2.3"]) expect(check({ subject }).codes, subject).toEqual([]);
    for (const subject of ["[PATCH] kvm_set_msr: fix return value", "Wait... what?", "Follow-up on the e-mail", "Re: v2.0 released.", "Meeting moved to 3 p.m. tomorrow"])
      expect(check({ subject }).codes, subject).toEqual([]);
  });
});
