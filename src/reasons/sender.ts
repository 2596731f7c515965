import type { ReasonSpec } from "./types";
import { addedWords, imitation, ownerOf, PLACE_EN, PLACE_JA, plusBi, q, realIn, twinDomain } from "./words";

/** Who sent the mail: its address, the name it shows, the brand it claims, where replies go. */
export const SENDER = {
  sender_blocked: {
    topic: "sender",
    severity: "high",
    points: 10,
    persuasive: 1,
    say: (p, { addr }) => ({
      ja: `差出人のアドレス ${addr(p.address)} は、詐欺に使われていると報告されているものです。`,
      en: `The sender's address ${addr(p.address)} has been reported for scams.`,
    }),
  },
  sender_lookalike: {
    topic: "sender",
    severity: "high",
    points: 6,
    persuasive: 1,
    // "Imitates PayPal's address" already says "the name says PayPal, the address is not PayPal's".
    supersedes: { losers: ["sender_name_brand_mismatch", "claimed_brand_unofficial_sender", "sender_brand_in_mailbox"], when: "sameBrand" },
    needs: ["trick", "senderName"],
    say: (p, k) => {
      const { addr, txt, bj, be } = k;
      const real = realIn(p, k);
      const t = k.trick(p);
      if (p.name)
        return {
          ja: `差出人は「${txt(p.name)}」と名乗っていますが、アドレス ${addr(p.address)} は、${bj(p)}の本物のアドレス${real.ja}に似せた偽物です。${t.ja}`,
          en: `The sender calls itself "${txt(p.name)}", but the address ${addr(p.address)} is only made to look like ${be(p)}'s real address${real.en}.${t.en}`,
        };
      return {
        ja: `差出人のアドレス ${addr(p.address)} は、${bj(p)}の本物のアドレス${real.ja}に似せた偽物です。${t.ja}`,
        en: `The sender's address ${addr(p.address)} is made to look like ${be(p)}'s real address${real.en}, but it is not ${be(p)}'s.${t.en}`,
      };
    },
  },
  sender_brand_in_domain: {
    topic: "sender",
    severity: { strong: "high", weak: "medium" },
    points: { strong: 5, weak: 2 },
    persuasive: 2,
    supersedes: { losers: ["sender_name_brand_mismatch", "claimed_brand_unofficial_sender", "sender_brand_in_mailbox"], when: "sameBrand" },
    needs: ["brandToken", "senderName"],
    say: (p, k) => {
      const { addr, host, txt, official, bj, be } = k;
      const owner = ownerOf(p);
      if (p.tokenOfficial)
        return {
          ja: `差出人のアドレス ${addr(p.address)} は、${bj(p)}の本物のアドレス（${official(p.token)}）のように見えますが、実際の持ち主は最後の部分の ${host(owner || p.domain)} です。アドレスの持ち主は最後の部分で決まります。`,
          en: `The sender's address ${addr(p.address)} looks like ${be(p)}'s real address (${official(p.token)}), but it belongs to ${host(owner || p.domain)}, the part at the end — the end of an address decides whose it is.`,
        };
      const belongs = owner ? { ja: `（実際の持ち主は ${host(owner)}）`, en: ` (it belongs to ${host(owner)})` } : { ja: "", en: "" };
      if (p.name)
        return plusBi(
          {
            ja: `差出人は「${txt(p.name)}」と名乗っていますが、アドレス ${addr(p.address)} は${q(k, p.token, "ja")}を含んでいるだけで、${bj(p)}のアドレスではありません${belongs.ja}。`,
            en: `The sender calls itself "${txt(p.name)}", but the address ${addr(p.address)} only has ${q(k, p.token, "en")} in it: it is not one of ${be(p)}'s addresses${belongs.en}.`,
          },
          addedWords(p, k),
        );
      return plusBi(
        {
          ja: `差出人のアドレス ${addr(p.address)} には${q(k, p.token, "ja")}が入っていますが、${bj(p)}のアドレスではありません${belongs.ja}。`,
          en: `The sender's address ${addr(p.address)} has ${q(k, p.token, "en")} in it, but it is not one of ${be(p)}'s addresses${belongs.en}.`,
        },
        addedWords(p, k),
      );
    },
  },
  sender_brand_unlisted_domain: {
    topic: "sender",
    severity: "low",
    points: 1,
    say: (p, { host, bj, be }) => ({
      ja: `差出人のドメイン ${host(p.domain)} は${bj(p)}の名前を含み、${bj(p)}の国別・地域別サイトの可能性がありますが、${bj(p)}の登録済みドメインではないため確認できませんでした。`,
      en: `The sender's domain ${host(p.domain)} carries ${be(p)}'s name and may be one of its country or regional sites, but it is not among ${be(p)}'s known domains, so we could not confirm it.`,
    }),
  },
  sender_name_brand_mismatch: {
    topic: "sender",
    severity: { strong: "high", weak: "medium" },
    points: { strong: 6, weak: 2 },
    persuasive: 2,
    unlistedClaim: "sender",
    supersedes: { losers: ["claimed_brand_unofficial_sender", "sender_brand_in_mailbox"], when: "sameAddress" },
    // A punycode address names the brand's real one only in looks: say how it differs.
    needs: ["punycodeTrick"],
    namesSender: true,
    say: (p, k) =>
      p.twin
        ? plusBi({ ja: `差出人の名前は「${k.txt(p.name)}」で、アドレス ${k.addr(p.address)} も`, en: `The sender calls itself "${k.txt(p.name)}" and writes from ${k.addr(p.address)}, ` }, twinDomain(p, k))
        : imitation(p, k, {
            ja: `差出人の名前は「${k.txt(p.name)}」ですが、アドレス ${k.addr(p.address)} は${k.bj(p)}のものではありません。`,
            en: `The sender calls itself "${k.txt(p.name)}", but the address ${k.addr(p.address)} is not one of ${k.be(p)}'s.`,
          }),
  },
  sender_freemail_brand: {
    topic: "sender",
    severity: { strong: "high", weak: "medium" },
    points: { strong: 6, weak: 2 },
    persuasive: 2,
    supersedes: { losers: ["claimed_brand_unofficial_sender", "sender_brand_in_mailbox"], when: "sameAddress" },
    say: (p, { addr, bj, be }) => ({
      ja: `${bj(p)}を名乗っていますが、差出人 ${addr(p.address)} は誰でも無料で作れるメールアドレスです。${bj(p)}がこのようなアドレスから連絡することはありません。`,
      en: `It claims to be ${be(p)}, but the sender ${addr(p.address)} is a free mailbox anyone can open. ${be(p)} does not write from such addresses.`,
    }),
  },
  claimed_brand_unofficial_sender: {
    topic: "sender",
    severity: { strong: "high", imitated: "high", weak: "medium" },
    points: { strong: 4, imitated: 3, weak: 2 },
    persuasive: 2,
    unlistedClaim: "sender",
    needs: ["punycodeTrick"],
    say: (p, k) =>
      p.twin
        ? plusBi(
            { ja: `${PLACE_JA[p.place ?? ""] ?? "件名"}では${k.bj(p)}を名乗り、差出人 ${k.addr(p.address)} も`, en: `The ${PLACE_EN[p.place ?? ""] ?? "subject"} says ${k.be(p)}, and the sender ${k.addr(p.address)} is on ` },
            twinDomain(p, k),
          )
        : imitation(p, k, {
            ja: `${PLACE_JA[p.place ?? ""] ?? "件名"}では${k.bj(p)}を名乗っていますが、差出人 ${k.addr(p.address)} は${k.bj(p)}のアドレスではありません。`,
            en: `The ${PLACE_EN[p.place ?? ""] ?? "subject"} says ${k.be(p)}, but the sender ${k.addr(p.address)} is not one of ${k.be(p)}'s addresses.`,
          }),
  },
  sender_brand_in_mailbox: {
    topic: "sender",
    severity: { claimed: "high", unclaimed: "medium" },
    points: { claimed: 4, unclaimed: 2.5 },
    say: (p, { addr, host, bj, be }) => ({
      ja: `差出人のアドレス ${addr(p.address)} は${bj(p)}の名前を使っていますが、${bj(p)}とは関係のない ${host(p.domain)} のアドレスです。`,
      en: `The sender's address ${addr(p.address)} uses ${be(p)}'s name, but it is on ${host(p.domain)}, which has nothing to do with ${be(p)}.`,
    }),
  },
  sender_abused_tld: {
    topic: "sender",
    severity: "medium",
    points: 2.5,
    say: (p, { host, txt }) => ({
      ja: `差出人のアドレス（${host(p.domain)}）は、詐欺メールによく使われる「.${txt(p.tld)}」で終わっています。`,
      en: `The sender's address (${host(p.domain)}) ends in .${txt(p.tld)}, an ending scam mail often uses.`,
    }),
  },
  sender_free_platform: {
    topic: "sender",
    severity: "medium",
    points: 2.5,
    say: (p, { addr, host }) => ({
      ja: `差出人のアドレス ${addr(p.address)} は、誰でも無料で作れるサービス（${host(p.platform)}）のものです。`,
      en: `The sender's address ${addr(p.address)} is on a service where anyone can get one for free (${host(p.platform)}).`,
    }),
  },
  sender_name_other_address: {
    topic: "sender",
    severity: "high",
    points: 4,
    persuasive: 0,
    say: (p, { addr }) => ({
      ja: `差出人の名前には ${addr(p.shown)} と書かれていますが、実際のアドレスは ${addr(p.address)} です。`,
      en: `The sender's name shows ${addr(p.shown)}, but the real address is ${addr(p.address)}.`,
    }),
  },
  sender_malformed: {
    topic: "sender",
    severity: "medium",
    points: 3.5,
    say: (p, { txt }) => ({
      ja: `差出人の欄が正しくない形で書かれています（${txt(p.raw)}）。まともな会社のメールは、このようには書かれません。`,
      en: `The sender line is malformed (${txt(p.raw)}); real companies' mail is never written this way.`,
    }),
  },
  sender_is_you: {
    topic: "sender",
    severity: "medium",
    points: 2,
    say: (p, { addr }) => ({
      ja: `差出人があなた自身のアドレス（${addr(p.address)}）になっています。差出人が偽られています。`,
      en: `The mail claims to come from your own address (${addr(p.address)}): the sender is forged.`,
    }),
  },
  sent_to_undisclosed: {
    topic: "sender",
    severity: "low",
    points: 1.5,
    say: () => ({
      ja: `宛先が「非公開の受信者」になっています。あなた個人あてではなく、大勢に一斉に送られたメールです。`,
      en: `It was sent to "undisclosed recipients": a mass mailing, not a message to you personally.`,
    }),
  },
  subject_has_your_address: {
    topic: "sender",
    severity: "medium",
    points: 2,
    say: (p, { addr }) => ({
      ja: `件名や差出人名にあなたのメールアドレス（${addr(p.address)}）が入っています。大量に送られる詐欺メールによくある手口です。`,
      en: `Your own address (${addr(p.address)}) is written into the subject or sender name — a trick of mass-sent scam mail.`,
    }),
  },
  reply_to_elsewhere: {
    topic: "sender",
    severity: { strong: "medium", weak: "low" },
    points: { strong: 2, weak: 1 },
    say: (p, { addr }) => ({
      ja: `返信すると、差出人とは別のアドレス ${addr(p.replyAddress)} に届くようになっています。`,
      en: `Replies would go to ${addr(p.replyAddress)}, not to the sender's own address.`,
    }),
  },
} as const satisfies Record<string, ReasonSpec>;
