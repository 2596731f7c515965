import { describe, expect, it } from "vitest";
import { spamTrade, TRADE_GATES, TRADES, type Trade } from "../../src/facts/spam-trade";
import type { Original } from "../../src/original/types";

/** The expression of each trade its pre-test leaves out (see TRADE_GATES). */
const LEFT_OUT: Record<Trade, number> = { pharma: 3, casino: 3, dating: 2 };

/** One phrase (or more) for every alternative of every expression, in mixed case. */
const PHRASES = [
  "VIAGRA", "Cialis", "levitra", "Sildenafil", "tadalafil", "Vardenafil", "kamagra", "バイアグラ", "シアリス", "レビトラ",
  "Viagra & Cialis", "cialis or kamagra", "Levitra, viagra",
  "without prescription", "without a doctor's prescription", "without the need for a prescription", "No Prescription needed", "no prescription required", "prescription-free",
  "Rezeptfrei", "ohne Rezept", "sans ordonnance", "sem receita", "sin receta", "zonder recept", "処方箋なし", "処方不要", "処方なしで",
  "online pharmacy", "Online Drugstore", "online meds", "canadian pharmacy", "generic pills", "discount drugs", "express meds", "pharmacy online", "pharmacy discount", "cheap meds", "best pills", "$0.99 per pill", "$ 1,20/pill",
  "erectile", "erection", "Erektion", "erectilidad", "impotence", "penis enlargement", "male enhancement", "Potenzmittel", "last longer in bed", "harder, longer", "harder longer", "勃起", "精力剤", "ED治療薬",
  "casino", "Kasinos", "cassino", "online slots", "slot machines", "slot game", "Spielautomaten", "roulette", "BlackJack", "カジノ", "スロット",
  "free spins", "freespin", "Freispiele", "gratis spins", "giros grátis", "rodadas gratis", "tours gratuits", "tiradas gratis", "+100 FS", "+ 50 fs", "フリースピン",
  "welcome bonus", "welcome package", "Willkommensbonus", "Einzahlungsbonus", "welkomstbonus", "bônus de boas-vindas", "bono de bienvenida", "200% bonus", "B0NUS", "入金ボーナス",
  "deposit bonus", "no-deposit bonus", "match bonus", "bonus on your first deposit", "bonus with every deposit", "first deposit", "1st deposit", "ersten Einzahlung", "ohne Einzahlung", "eerste storting", "bônus de depósito", "初回入金",
  "jackpot", "wagering", "bet now", "place your bets", "spin the win", "spin to win", "cash out your winnings", "maximum payout limit", "payout approved",
  "lonely wives", "lonely milf", "14 miles from you", "5 km away from you", "I miss your body", "women near you", "singles in your area", "girls in your city", "profiles nearby", "Frauen in deiner Nähe", "Singles in Ihrer unmittelbaren Umgebung", "Mädchen in deiner Nahe",
  "vrouwen in jouw buurt", "thousands of lonely women", "Tausende Frauen", "duizenden singles", "alleenstaande vrouwen", "近所の人妻", "近所の女性",
  "sex dating", "sexdating", "adult dating", "casual sex", "casual encounters", "hookups", "hook-up", "one-night stand", "one night stand", "fuck buddy", "Sexkontakte", "Seitensprung", "neuken",
  "naughty girls", "nude photos", "nackte", "naaktfoto's", "site for sex", "sex site", "intimate services", "セフレ", "人妻", "出会い系",
  "looking for a lover", "looking for fun", "wants to meet you", "want to chat with you", "private photos", "private fotos", "privates Foto", "she sent you a message", "girls send you photos",
  "25 years old girl", "year old woman", "25 Jahre alt", "Frauen warten auf dich", "ladies are waiting for you", "100% diskret", "100 % anonymous", "no fake profiles", "keine fake-profiele", "geen nep profielen",
  "female members", "weibliche Mitglieder", "hot and passionate night",
  "russian singles", "Ukrainian brides", "ukrainische Frauen", "slawische Frauen", "slavic beauty", "asian ladies", "latin girls", "hot singles", "hot girls",
];

const original = (text: string): Original => ({ via: "direct", from: null, replyTo: [], subject: "", date: null, text, links: [], imageAlts: [], attachments: [], headers: null, recipients: [], truncated: false });

/** The trade as found without the pre-tests. */
function reference(text: string): { trade: Trade; words: string[] } | undefined {
  for (const trade of Object.keys(TRADES) as Trade[]) {
    const words = TRADES[trade].map((re) => re.exec(text)?.[0]).filter((w): w is string => !!w);
    if (words.length >= 2) return { trade, words };
  }
  return undefined;
}

describe("spamTrade's pre-tests are exact", () => {
  it("every phrase an expression (other than the one left out) matches, its trade's pre-test matches too", () => {
    for (const phrase of PHRASES) {
      let matched = false;
      for (const trade of Object.keys(TRADES) as Trade[])
        TRADES[trade].forEach((re, i) => {
          if (!re.test(phrase)) return;
          matched = true;
          if (i !== LEFT_OUT[trade]) expect(TRADE_GATES[trade].test(phrase), `${trade} ${i}: ${phrase}`).toBe(true);
        });
      // Every phrase is one an expression is written for: a phrase no expression matches tests nothing.
      expect(matched, phrase).toBe(true);
    }
  });

  it("finds the same trade and words as every expression tried, on texts made of those phrases", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    let found = 0;
    for (let n = 0; n < 2000; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => PHRASES[Math.floor(next() * PHRASES.length)]!);
      const text = parts.join(next() < 0.5 ? " and " : ". ");
      const want = reference(text);
      if (want) found++;
      expect(spamTrade(original(text)), text).toEqual(want);
    }
    expect(found).toBeGreaterThan(200);
  });
});
