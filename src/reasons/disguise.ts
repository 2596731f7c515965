import type { ReasonSpec } from "./types";
import { WHERE_EN, WHERE_JA } from "./words";

/** Text written to slip past filters: hidden, scrambled or look-alike characters, random codes. */
export const DISGUISE = {
  hidden_characters: {
    topic: "sender",
    severity: "medium",
    points: 3,
    say: (p, { txt }) => ({
      ja: `差出人名や件名（「${txt(p.text)}」）の文字の間に、目に見えない文字が埋め込まれています。迷惑メールの検査をすり抜けるための手口です。`,
      en: `Invisible characters are hidden between the letters of the sender name or subject ("${txt(p.text)}") — a trick to slip past spam filters.`,
    }),
  },
  subject_random_code: {
    topic: "sender",
    severity: "low",
    points: 2,
    say: (p, { txt }) => ({
      ja: `件名の最後に意味のない文字列（${txt(p.code)}）が付いています。迷惑メールの検査をすり抜けるための手口です。`,
      en: `The subject ends in a random code (${txt(p.code)}), added by bulk scam mail to slip past spam filters.`,
    }),
  },
  sender_name_number: {
    topic: "sender",
    severity: "medium",
    points: 2,
    say: (p, { txt }) => ({
      ja: `差出人の名前に長い番号（${txt(p.number)}）が入っています。一通ごとに違う「受付番号」を付けて、迷惑メールの検出をすり抜けるための手口です。`,
      en: `The sender's name carries a long number (${txt(p.number)}): a made-up case number that makes every copy unique, to slip past filters.`,
    }),
  },
  sender_name_mixed_script: {
    topic: "sender",
    severity: "medium",
    points: 3,
    say: (p, { txt }) => ({
      ja: `差出人の名前「${txt(p.name)}」には、英字に似た別の文字（ギリシャ文字やロシア文字）が混ぜてあります。見た目をごまかす手口です。`,
      en: `The sender's name "${txt(p.name)}" mixes in Greek or Cyrillic letters that look like English ones — a trick to look like someone else.`,
    }),
  },
  text_scrambled: {
    topic: "sender",
    severity: "medium",
    points: { many: 3, two: 2, stuffed: 3 },
    say: (p, { txt }) => ({
      ja: `「${txt(p.text)}」は、単語を記号で区切ったり崩したりして書かれています。迷惑メールの検査をすり抜けるための手口です。`,
      en: `"${txt(p.text)}" has its words broken up with dots, dashes and stray codes, a trick to slip past spam filters.`,
    }),
  },
  text_disguised: {
    topic: "sender",
    severity: "medium",
    points: { letters: 3, styled: 2 },
    say: (p, { txt }) => ({
      ja: `${WHERE_JA[p.where ?? ""] ?? ""}「${txt(p.text)}」は、飾り文字や見た目の似た別の文字で書かれています。迷惑メールの検査をすり抜けるための手口です。`,
      en: `The ${WHERE_EN[p.where ?? ""] ?? "text"} "${txt(p.text)}" is written with decorated or look-alike characters, a trick to slip past spam filters.`,
    }),
  },
  brand_name_disguised: {
    topic: "sender",
    severity: "high",
    points: 4,
    say: (p, { txt, bj, be }) => ({
      ja: `「${txt(p.text)}」は、${bj(p)}の名前を見た目の似た別の文字で書いています。迷惑メールの検査をすり抜けるための手口です。`,
      en: `"${txt(p.text)}" spells ${be(p)}'s name with look-alike characters, a trick to slip past spam filters.`,
    }),
  },
} as const satisfies Record<string, ReasonSpec>;
