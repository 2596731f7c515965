import type { ReasonSpec } from "./types";
import { byEn, byJa } from "./words";

/** Whether the mail really came from where it says, and what the reader's mail service already decided. */
export const AUTH = {
  auth_fail_brand: {
    topic: "sender",
    severity: "high",
    points: 6,
    say: (p, { official, bj, be }) => ({
      ja: `差出人は${bj(p)}（${official(p.domain)}）となっていますが、本当は${bj(p)}から送られたものではありません。差出人が偽られています。`,
      en: `The sender says ${be(p)} (${official(p.domain)}), but this mail did not really come from ${be(p)}: the sender is forged.`,
    }),
  },
  forged_official: {
    topic: "sender",
    severity: "high",
    points: 4,
    say: (p, { official, url, bj, be }) => ({
      ja: `差出人は${bj(p)}の本物のアドレス（${official(p.domain)}）になっていますが、${bj(p)}から送られたことを示すものが何もありません。差出人のアドレスは誰でも自由に書けます。しかもリンクは${bj(p)}のサイトではなく ${url(p.url)} に向かい、ログインやカード情報の入力、支払いを求めています。`,
      en: `The sender shows ${be(p)}'s real address (${official(p.domain)}), but nothing shows the mail came from ${be(p)} — anyone can type a sender address. Its links go not to ${be(p)}'s site but to ${url(p.url)}, and it asks you to sign in, confirm card details or pay.`,
    }),
  },
  official_sender_elsewhere: {
    topic: "sender",
    severity: "medium",
    points: 2,
    // (weak: said among a "no signs" reply's weak signs: a brand's genuine notice can link only to a partner —
    // a survey vendor, a campaign office, a registry — so the reply says what it saw, not that it is fake.)
    say: (p, { official, url, bj, be }) =>
      p.weak === "1"
        ? {
            ja: `差出人は${bj(p)}の窓口のアドレス（${official(p.domain)}）ですが、${bj(p)}から送られたことは確かめられませんでした。リンクは${bj(p)}のサイトではなく ${url(p.url)} などに向かっています。提携先のサイトを案内する本物のお知らせもあります。`,
            en: `The sender shows a service address at ${be(p)}'s real domain (${official(p.domain)}), but we could not confirm the mail came from ${be(p)}. Its links go not to ${be(p)}'s site but to places such as ${url(p.url)}. Some genuine notices do point to a partner's site.`,
          }
        : {
            ja: `差出人は${bj(p)}の窓口のアドレス（${official(p.domain)}）になっていますが、${bj(p)}から送られたことを示すものが何もありません。差出人のアドレスは誰でも自由に書けます。しかもリンクは一つも${bj(p)}のサイトに向かわず、${url(p.url)} などの別の場所に向かっています。${bj(p)}の本物のお知らせなら、リンクは${bj(p)}自身のサイトに向かいます。`,
            en: `The sender shows a service address at ${be(p)}'s real domain (${official(p.domain)}), but nothing shows the mail came from ${be(p)} — anyone can type a sender address. None of its links goes to ${be(p)}'s site; they lead elsewhere, such as ${url(p.url)}. A real notice from ${be(p)} links to ${be(p)}'s own site.`,
          },
  },
  auth_fail: {
    topic: "sender",
    severity: { dmarc: "medium", spf: "low" },
    points: { dmarc: 3.5, spf: 2 },
    say: (p, { host }) => ({
      ja: `このメールが本当に ${host(p.domain)} から送られたことを確認できませんでした。差出人が偽られている可能性があります。`,
      en: `We could not confirm that this mail really came from ${host(p.domain)}; the sender may be forged.`,
    }),
  },
  auth_unverified: {
    topic: "sender",
    severity: "low",
    points: 1,
    say: (p, { host }) => ({
      ja: `このメールが本当に ${host(p.domain)} から送られたことを確かめる手がかりがありません。`,
      en: `Nothing in this mail shows that it really came from ${host(p.domain)}.`,
    }),
  },
  // Evidence of a genuine mail
  auth_pass_official: {
    topic: "genuine",
    severity: "info",
    points: -6,
    confirmsSender: true,
    say: (p, { official, bj, be }) => ({
      ja: `このメールが本当に${bj(p)}（${official(p.domain)}）から送られたことを確認できました。`,
      en: `We could confirm that this mail really came from ${be(p)} (${official(p.domain)}).`,
    }),
  },
  auth_pass_public_body: {
    topic: "genuine",
    severity: "info",
    // No points: a town hall's or a school's mailbox can be taken over (src/facts/contact-lure.ts), so the
    // pass says who sent it, not that the words are safe. It lets the reply say so, and keeps a public
    // body's own wording out of the weak signs (confirmsSender), as for a brand's own.
    points: 0,
    confirmsSender: true,
    say: (p, { official }) => ({
      ja: `このメールが本当に ${official(p.domain)} から送られたことを確認できました。官公庁や自治体だけが使えるドメインです。`,
      en: `We could confirm that this mail really came from ${official(p.domain)}, a domain only public bodies can use.`,
    }),
  },
  auth_pass_relay: {
    topic: "genuine",
    severity: "info",
    points: 0,
    say: (p, { official, bj, be }) => ({
      ja: `このメールは${bj(p)}のサービス（${official(p.domain)}）を通して届いていますが、共有や招待の通知は誰でも送れるため、内容を${bj(p)}が書いたという証明にはなりません。`,
      en: `This mail came through ${be(p)}'s service (${official(p.domain)}), but anyone can send sharing or invitation notices that way; it does not mean ${be(p)} wrote it.`,
    }),
  },
  auth_unknown_official: {
    topic: "genuine",
    severity: "info",
    points: 0,
    say: (p, { official, bj, be }) => ({
      ja: `差出人のアドレスは${bj(p)}のもの（${official(p.domain)}）ですが、このメールには本当に${bj(p)}から送られたかを確かめる情報が残っていないため、確認できませんでした。`,
      en: `The sender's address is ${be(p)}'s (${official(p.domain)}), but this copy carries no proof that it really came from ${be(p)}, so we could not confirm it.`,
    }),
  },
  // Mail providers' own verdicts
  provider_phish: {
    topic: "provider",
    severity: "high",
    points: 5,
    persuasive: 1,
    say: (p) => ({
      ja: `お使いのメールサービス${byJa(p)}が、このメールをすでに詐欺またはなりすましのメールと判定していました。`,
      en: `Your mail service${byEn(p)} had already marked this mail as a scam or a fake sender.`,
    }),
  },
  provider_junk: {
    topic: "provider",
    severity: "medium",
    points: 3,
    say: (p) => ({
      ja: `お使いのメールサービス${byJa(p)}が、このメールをすでに迷惑メールと判定していました。`,
      en: `Your mail service${byEn(p)} had already marked this mail as junk.`,
    }),
  },
} as const satisfies Record<string, ReasonSpec>;
