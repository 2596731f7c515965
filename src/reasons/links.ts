import type { ReasonSpec } from "./types";
import { addedWords, more, ownerOf, plusBi, q, realIn } from "./words";

/** Where the mail's links go, and what they carry. */
export const LINKS = {
  link_text_mismatch: {
    topic: "link",
    severity: { brand: "high", login: "high", other: "medium" },
    points: { brand: 5, login: 4, other: 2 },
    persuasive: 0,
    // "A link shows www.paypal.com but goes to paypa1-resolution.com" already says "it goes to a fake PayPal site".
    supersedes: { losers: ["link_lookalike", "link_brand_in_domain", "brand_links_elsewhere"], when: "shownOfficialHost" },
    needs: ["shownLink"],
    say: (p, k) => {
      const { host } = k;
      const shown = p.shownOfficial ? k.official(p.shown) : host(p.shown);
      const first = more(p, {
        ja: p.shownOfficial ? `リンクには本物の ${shown} と表示されていますが、実際の行き先は別のサイト ${host(p.domain)} です。` : `リンクの表示は ${shown} ですが、実際の行き先は ${host(p.domain)} です。`,
        en: `A link shows ${shown}, but it really goes to ${host(p.domain)}.`,
      });
      const t = p.owner
        ? { ja: `アドレスの持ち主は最後の部分（${host(p.owner)}）で決まります。`, en: ` The part at the end, ${host(p.owner)}, decides whose site it is.` }
        : k.trick(p);
      return plusBi(first, t);
    },
  },
  link_script: {
    topic: "link",
    severity: "high",
    points: 4,
    say: (p, { url }) => ({
      ja: `ウェブページではなく、プログラムを動かすリンクがあります（${url(p.url)}）。`,
      en: `A link runs code instead of opening a web page (${url(p.url)}).`,
    }),
  },
  link_garbled: {
    topic: "link",
    severity: "medium",
    points: 3,
    say: (p, { url }) => ({
      ja: `リンク先のアドレス（${url(p.url)}）に、本物のアドレスにはない制御文字が紛れ込ませてあります。検査をすり抜けるための手口です。`,
      en: `A link's address (${url(p.url)}) has hidden control characters in it, which real addresses never have: a trick to get past filters.`,
    }),
  },
  link_at_trick: {
    topic: "link",
    severity: "high",
    points: 4,
    persuasive: 0,
    say: (p, { url, host }) =>
      more(p, { ja: `リンク ${url(p.url)} は、見かけと違い ${host(p.domain)} に移動します。`, en: `The link ${url(p.url)} looks like one address but goes to ${host(p.domain)}.` }),
  },
  link_blocked: {
    topic: "link",
    severity: "high",
    points: 10,
    persuasive: 1,
    say: (p, { host }) =>
      more(p, { ja: `リンク先 ${host(p.domain)} は、詐欺に使われていると報告されています。`, en: `A link goes to ${host(p.domain)}, which has been reported for scams.` }),
  },
  link_ip: {
    topic: "link",
    severity: "medium",
    points: 4,
    say: (p, { url }) =>
      more(p, { ja: `リンク先が名前ではなく番号だけのアドレスです（${url(p.url)}）。`, en: `A link goes to a bare number address instead of a named site (${url(p.url)}).` }),
  },
  link_lookalike: {
    topic: "link",
    severity: "high",
    points: 5,
    persuasive: 1,
    supersedes: { losers: ["brand_links_elsewhere"], when: "sameHost" },
    needs: ["trick"],
    say: (p, k) => {
      const real = realIn(p, k);
      const first = more(p, {
        ja: `リンク先 ${k.host(p.domain)} は、${k.bj(p)}の本物のサイト${real.ja}に似せた偽物です。`,
        en: `A link goes to ${k.host(p.domain)}, made to look like ${k.be(p)}'s real site${real.en}.`,
      });
      return plusBi(first, k.trick(p));
    },
  },
  link_brand_unlisted_domain: {
    topic: "link",
    severity: "low",
    points: 1,
    say: (p, { host, bj, be }) =>
      more(p, {
        ja: `リンク先 ${host(p.domain)} は${bj(p)}の名前を含み、${bj(p)}の国別・地域別サイトの可能性がありますが、登録済みのドメインではないため確認できませんでした。`,
        en: `A link goes to ${host(p.domain)}, which carries ${be(p)}'s name and may be one of its country or regional sites; it is not among ${be(p)}'s known domains, so we could not confirm it.`,
      }),
  },
  link_brand_in_domain: {
    topic: "link",
    severity: { presented: "high", mentioned: "medium", owned: "medium", other: "medium" },
    points: { presented: 4, mentioned: 3, owned: 2, other: 1.5 },
    persuasive: 2,
    supersedes: { losers: ["brand_links_elsewhere"], when: "sameHost" },
    needs: ["brandToken"],
    say: (p, k) => {
      const { host, bj, be } = k;
      const owner = ownerOf(p);
      if (p.tokenOfficial)
        return more(p, {
          ja: `リンク先 ${host(p.domain)} は、${bj(p)}の本物のアドレス（${k.official(p.token)}）で始まっていますが、実際の行き先は最後の部分の ${host(owner || p.domain)} です。アドレスの持ち主は最後の部分で決まります。`,
          en: `A link goes to ${host(p.domain)}: it starts with ${be(p)}'s real address (${k.official(p.token)}), but it belongs to ${host(owner || p.domain)}, the part at the end — the end of an address decides whose it is.`,
        });
      const token = p.token ? { ja: `名前に${q(k, p.token, "ja")}を含みますが`, en: `has ${q(k, p.token, "en")} in its name but` } : { ja: `${bj(p)}の名前を含みますが`, en: `contains ${be(p)}'s name but` };
      const belongs = owner ? { ja: `（実際の持ち主は ${host(owner)}）`, en: ` (it belongs to ${host(owner)})` } : { ja: "", en: "" };
      return more(
        p,
        plusBi(
          {
            ja: `リンク先 ${host(p.domain)} は、${token.ja}、${bj(p)}のサイトではありません${belongs.ja}。`,
            en: `A link goes to ${host(p.domain)}, which ${token.en} is not ${be(p)}'s site${belongs.en}.`,
          },
          addedWords(p, k),
        ),
      );
    },
  },
  link_brand_in_path: {
    topic: "link",
    severity: "high",
    points: 4,
    persuasive: 2,
    say: (p, { url, host, official, bj, be }) => ({
      ja: `リンク ${url(p.url)} は、途中に${bj(p)}のアドレス（${official(p.shown)}）を含めて本物に見せかけていますが、行き先は別のサイト（${host(p.domain)}）です。`,
      en: `The link ${url(p.url)} has ${be(p)}'s address (${official(p.shown)}) inside it to look real, but it goes to another site (${host(p.domain)}).`,
    }),
  },
  link_sender_lookalike: {
    topic: "link",
    severity: "low",
    points: 1.5,
    say: (p, { host, txt }) =>
      more(p, {
        ja: `リンク先 ${host(p.domain)} は、差出人のドメイン（${txt(p.sender)}）の名前に言葉を付け足した別のドメインで、差出人のサイトのふりをしています。`,
        en: `A link goes to ${host(p.domain)}: the sender's name (${txt(p.sender)}) with a word added, a separate domain passing for the sender's site.`,
      }),
  },
  link_cms_system_folder: {
    topic: "link",
    severity: "medium",
    points: 3,
    say: (p, { url, host }) =>
      more(p, {
        ja: `リンク ${url(p.url)} は、サイト ${host(p.domain)} の管理用フォルダ（WordPress の wp-admin など）の中のページです。普通のサイトはそこに訪問者向けのページを置きません。乗っ取られたサイトに詐欺ページが置かれる典型的な場所です。`,
        en: `The link ${url(p.url)} points into ${host(p.domain)}'s system folders (WordPress's wp-admin and the like), where no site puts pages for visitors: the usual place for a scam page on a hacked site.`,
      }),
  },
  link_odd_port: {
    topic: "link",
    severity: "medium",
    points: 2,
    say: (p, { url, txt }) => ({
      ja: `リンク ${url(p.url)} は、普通のウェブサイトが使わない特別な番号（:${txt(p.port)}）付きのアドレスに向かっています。`,
      en: `The link ${url(p.url)} goes to an unusual server address ending in :${txt(p.port)}, which ordinary websites don't use.`,
    }),
  },
  link_abused_tld: {
    topic: "link",
    severity: "medium",
    points: 2,
    say: (p, { host, txt }) =>
      more(p, {
        ja: `リンク先 ${host(p.domain)} は、詐欺サイトによく使われる「.${txt(p.tld)}」で終わっています。`,
        en: `A link goes to ${host(p.domain)}; addresses ending in .${txt(p.tld)} are often used for scams.`,
      }),
  },
  link_free_hosting: {
    topic: "link",
    severity: "low",
    points: 1,
    say: (p, { host }) =>
      more(p, { ja: `リンク先 ${host(p.domain)} は、誰でも無料でページを作れるサービス上にあります。`, en: `A link goes to ${host(p.domain)}, on a service where anyone can make a page for free.` }),
  },
  link_shortener: {
    topic: "link",
    severity: "low",
    points: 1,
    say: (p, { url }) => more(p, { ja: `リンク ${url(p.url)} は短縮URLで、本当の行き先が隠されています。`, en: `The link ${url(p.url)} is shortened, which hides where it really goes.` }),
  },
  link_redirect: {
    topic: "link",
    severity: "medium",
    points: 2,
    say: (p, { host }) =>
      more(p, {
        ja: `リンクは ${host(p.domain)} を経由して、別のサイト ${host(p.targetDomain)} に転送されます。`,
        en: `A link passes through ${host(p.domain)} and then sends you on to ${host(p.targetDomain)}.`,
      }),
  },
  brand_links_elsewhere: {
    topic: "link",
    severity: "high",
    points: { strong: 5, weak: 3 },
    persuasive: 2,
    unlistedClaim: "link",
    say: (p, { url, bj, be }) => ({
      ja: `${bj(p)}からのメールのように見せていますが、リンク先は${bj(p)}ではなく ${url(p.url)} です。`,
      en: `The mail looks like it is from ${be(p)}, but its link goes to ${url(p.url)}, not to ${be(p)}.`,
    }),
  },
  action_link_elsewhere: {
    topic: "sender",
    severity: "medium",
    points: 2,
    say: (p, { host, txt }) => ({
      ja: `ほかのリンクは差出人の ${txt(p.sender)} に向かっていますが、操作を求めるリンク「${txt(p.text)}」だけは別の場所（${host(p.domain)}）に向かっています。`,
      en: `The other links go to the sender's own ${txt(p.sender)}, but the one asking you to act ("${txt(p.text)}") goes somewhere else (${host(p.domain)}).`,
    }),
  },
  link_has_your_address: {
    topic: "tracking",
    severity: "medium",
    points: 2,
    brandsOwn: true,
    say: (p, { addr }) => ({
      ja: `リンクにあなたのメールアドレス（${addr(p.address)}）が埋め込まれています。開くと、このアドレスが使われていることが相手に伝わります。`,
      en: `Your own address (${addr(p.address)}) is built into a link: opening it tells the sender your address is in use.`,
    }),
  },
} as const satisfies Record<string, ReasonSpec>;
