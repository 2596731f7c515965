import { pressureWords } from "./pressure";
import type { ReasonSpec } from "./types";
import { WHERE_EN, WHERE_JA } from "./words";

/** Phrase reasons: medium when their phrases weigh 3 points or more together (before the cap), else low. */
const PHRASES_SEVERITY = { heavy: "medium", light: "low" } as const;

/** What the mail says and carries: pressure, requests for secrets, templates, attachments. */
export const CONTENT = {
  pressure: {
    topic: "content",
    severity: PHRASES_SEVERITY,
    points: "phrases",
    brandsOwn: true,
    say: (p, { quotes }) => {
      const { intro, explain } = pressureWords(p.phrases, p.kinds);
      return { ja: `${intro.ja}：${quotes(p.phrases, "ja")}。${explain.ja}`, en: `${intro.en}: ${quotes(p.phrases, "en")}. ${explain.en}` };
    },
  },
  asks_secrets: {
    topic: "content",
    severity: PHRASES_SEVERITY,
    points: "phrases",
    brandsOwn: true,
    say: (p, { quotes }) =>
      (p.kinds ?? "").split("\u0000").every((k) => k === "payment")
        ? { ja: `カード情報や支払い方法の入力を求めています：${quotes(p.phrases, "ja")}。`, en: `It asks for your card or payment details: ${quotes(p.phrases, "en")}.` }
        : { ja: `パスワードやカード情報などの入力を求めています：${quotes(p.phrases, "ja")}。`, en: `It asks for your password, card or personal details: ${quotes(p.phrases, "en")}.` },
  },
  pushes_action: {
    topic: "content",
    severity: PHRASES_SEVERITY,
    points: "phrases",
    brandsOwn: true,
    say: (p, { quotes }) => ({
      ja: `リンクを開かせたり、操作をさせたりしようとしています：${quotes(p.phrases, "ja")}。`,
      en: `It pushes you to click or act: ${quotes(p.phrases, "en")}.`,
    }),
  },
  template_blank: {
    topic: "content",
    severity: "low",
    points: 2,
    say: (p, { txt }) => ({
      ja: `${WHERE_JA[p.where ?? ""] ?? ""}に「${txt(p.text)}」という、一斉送信用のひな形の空欄が残っています。あなた宛てに書かれたものではなく、大量にばらまかれたメールです。`,
      en: `The ${WHERE_EN[p.where ?? ""] ?? "text"} still shows a blank from a mass-mailing template ("${txt(p.text)}"): this was sent in bulk, not written to you.`,
    }),
  },
  callback_invoice: {
    topic: "content",
    severity: { freemail: "high", other: "medium" },
    points: { freemail: 4, other: 2.5 },
    persuasive: 0,
    say: (p, { txt }) => ({
      ja: `身に覚えのない支払いを知らせ、取り消すには電話するよう求めています（${txt(p.phone)}）。この番号に電話しないでください。電話でカード番号を聞き出したり、パソコンを遠隔操作させたりする手口です。`,
      en: `It reports a payment you did not make and asks you to phone ${txt(p.phone)} to stop it. Do not call: the call is the scam — they ask for card details or remote access to your computer.`,
    }),
  },
  picture_only: {
    topic: "content",
    severity: "medium",
    points: 3,
    say: () => ({
      ja: `本文がほとんどなく、画像とリンクだけのメールです。迷惑メールの検査に文章を読ませないための作りです。`,
      en: `The mail is little more than a picture and a link, made so that spam filters have no text to read.`,
    }),
  },
  text_truncated: {
    topic: "sender",
    severity: "info",
    points: 0,
    say: (p, { txt }) => ({
      ja: `本文が長いため、最初の${txt(p.chars)}文字だけを調べました。`,
      en: `The text is very long; only its first ${txt(p.chars)} characters were checked.`,
    }),
  },
  // Attachments
  attachment_dangerous: {
    topic: "attachment",
    severity: "high",
    points: 5,
    persuasive: 2,
    say: (p, { txt }) => ({
      ja: `添付ファイル「${txt(p.file)}」は、開くとプログラムや偽のページが動く種類のファイルです。`,
      en: `The attachment "${txt(p.file)}" is a kind of file that runs a program or opens a fake page when opened.`,
    }),
  },
  attachment_macro: {
    topic: "attachment",
    severity: "medium",
    points: 3,
    say: (p, { txt }) => ({
      ja: `添付ファイル「${txt(p.file)}」は、開くとプログラム（マクロ）が動くことがあるファイルです。`,
      en: `The attachment "${txt(p.file)}" can run hidden programs (macros) when opened.`,
    }),
  },
  attachment_archive: {
    topic: "attachment",
    severity: "low",
    points: 1,
    say: (p, { txt }) => ({
      ja: `添付ファイル「${txt(p.file)}」は圧縮ファイルで、中身を確認できません。`,
      en: `The attachment "${txt(p.file)}" is a compressed archive whose content we could not check.`,
    }),
  },
  // Added by the brands/recall work (issue 11): a prize that needs your card or a fee (src/signals/content.ts).
  prize_fee: {
    topic: "content",
    severity: "high",
    points: 4,
    persuasive: 0,
    say: (p, { txt }) => ({
      ja: `「当選した」と知らせながら、受け取るために「${txt(p.ask)}」と求めています。本物の当選通知が、賞品の受け取りにカード情報や送料・手数料の支払いを求めることはありません。`,
      en: `It says you have won something, yet asks "${txt(p.ask)}" to receive it. A real prize never needs your card details or a fee to be delivered.`,
    }),
  },
} as const satisfies Record<string, ReasonSpec>;
