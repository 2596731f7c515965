import { defangAddress, defangDomain, defangText, defangUrl, plainDomain } from "../reply/defang";
import type { ReasonCode } from "../reasons/catalogue";
import type { Signal } from "../signals/types";
import { readableHost } from "./trick";
import { brandName } from "../reply/defang";

export type Bilingual = { ja: string; en: string };

type Params = Record<string, string>;

/** A host name from the mail as the reader saw it (punycode decoded), defanged. */
const host = (d: string) => {
  const shown = readableHost(d).replace(/[\u3002\uff0e\uff61]/g, ".");
  // A host name is only ever dots and labels; anything else (a URL, markup) is quoted as text.
  return /^[^\s<>"'`/\\:@?#]{1,253}$/.test(shown) ? defangDomain(shown.replace(INVISIBLE_CHARS, "")) : defangText(shown, 90);
};
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const dom = (p: Params, k = "domain") => host(p[k] ?? "");
/** An address from the mail, its domain as the reader saw it, defanged. */
const addr = (a: string | undefined) => {
  const s = a ?? "";
  const at = s.lastIndexOf("@");
  return defangAddress(at < 0 ? s : `${s.slice(0, at)}@${readableHost(s.slice(at + 1))}`);
};
const url = (p: Params, k = "url") => defangUrl(p[k] ?? "");
const txt = (s: string | undefined) => defangText(s ?? "", 60);
/** The brand as the sentence's language names it (ヤマト運輸 in Japanese, Yamato Transport in English). */
const bj = (p: Params) => brandName(p.brandJa || p.brand || "");
const be = (p: Params) => brandName(p.brand ?? "");
/** "There is 1 more link like it." after the sentence. */
function more(p: Params, m: Bilingual): Bilingual {
  const n = Number(p.count ?? "1") - 1;
  if (!(n > 0)) return m;
  return { ja: `${m.ja}同じようなリンクがほかに${n}件あります。`, en: `${m.en} There ${n > 1 ? `are ${n} more links` : "is 1 more link"} like it.` };
}
/** Quotes in the language's own marks: 「…」 in Japanese, "…" in English. */
const q = (s: string | undefined, lang: "ja" | "en") => (lang === "ja" ? `「${txt(s)}」` : `"${txt(s)}"`);
/** "Netflix's real address is netflix.com; this one adds "billing-support"." */
const addedWords = (p: Params): Bilingual =>
  p.real && p.added
    ? { ja: `${bj(p)}の本物のアドレスは ${plainDomain(p.real)} で、これに${q(p.added, "ja")}という言葉を付け足しています。`, en: ` ${be(p)}'s real address is ${plainDomain(p.real)}; this one adds the words ${q(p.added, "en")}.` }
    : { ja: "", en: "" };
const plusBi = (a: Bilingual, b: Bilingual): Bilingual => ({ ja: a.ja + b.ja, en: a.en + b.en });

/**
 * The sentence for each signal, in plain words (no "DMARC", no "TLD"), quoting the evidence.
 * What the mail's sender controls is defanged; a brand's official domain (from the rules) is shown
 * as the reader knows it, never clickable (plainDomain). One place for all wording, so the reply
 * reads as one voice.
 */
const MESSAGES: Record<ReasonCode, (p: Params) => Bilingual> = {
  sender_blocked: (p) => ({
    ja: `差出人のアドレス ${addr(p.address)} は、詐欺に使われていると報告されているものです。`,
    en: `The sender's address ${addr(p.address)} has been reported for scams.`,
  }),
  sender_lookalike: (p) => {
    const real = p.real ? { ja: `（${plainDomain(p.real)}）`, en: ` (${plainDomain(p.real)})` } : { ja: "", en: "" };
    const t = trick(p);
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
  sender_brand_in_domain: (p) => {
    const owner = p.owner && p.owner !== p.domain ? p.owner : "";
    if (p.tokenOfficial)
      return {
        ja: `差出人のアドレス ${addr(p.address)} は、${bj(p)}の本物のアドレス（${plainDomain(p.token ?? "")}）のように見えますが、実際の持ち主は最後の部分の ${host(owner || p.domain!)} です。アドレスの持ち主は最後の部分で決まります。`,
        en: `The sender's address ${addr(p.address)} looks like ${be(p)}'s real address (${plainDomain(p.token ?? "")}), but it belongs to ${host(owner || p.domain!)}, the part at the end — the end of an address decides whose it is.`,
      };
    if (p.name)
      return plusBi(
        {
          ja: `差出人は「${txt(p.name)}」と名乗っていますが、アドレス ${addr(p.address)} は${q(p.token, "ja")}を含んでいるだけで、${bj(p)}のアドレスではありません${owner ? `（実際の持ち主は ${host(owner)}）` : ""}。`,
          en: `The sender calls itself "${txt(p.name)}", but the address ${addr(p.address)} only has ${q(p.token, "en")} in it: it is not one of ${be(p)}'s addresses${owner ? ` (it belongs to ${host(owner)})` : ""}.`,
        },
        addedWords(p),
      );
    return plusBi(
      {
        ja: `差出人のアドレス ${addr(p.address)} には${q(p.token, "ja")}が入っていますが、${bj(p)}のアドレスではありません${owner ? `（実際の持ち主は ${host(owner)}）` : ""}。`,
        en: `The sender's address ${addr(p.address)} has ${q(p.token, "en")} in it, but it is not one of ${be(p)}'s addresses${owner ? ` (it belongs to ${host(owner)})` : ""}.`,
      },
      addedWords(p),
    );
  },
  sender_name_brand_mismatch: (p) =>
    imitation(p, {
      ja: `差出人の名前は「${txt(p.name)}」ですが、アドレス ${addr(p.address)} は${bj(p)}のものではありません。`,
      en: `The sender calls itself "${txt(p.name)}", but the address ${addr(p.address)} is not one of ${be(p)}'s.`,
    }),
  sender_freemail_brand: (p) => ({
    ja: `${bj(p)}を名乗っていますが、差出人 ${addr(p.address)} は誰でも無料で作れるメールアドレスです。${bj(p)}がこのようなアドレスから連絡することはありません。`,
    en: `It claims to be ${be(p)}, but the sender ${addr(p.address)} is a free mailbox anyone can open. ${be(p)} does not write from such addresses.`,
  }),
  claimed_brand_unofficial_sender: (p) =>
    imitation(p, {
      ja: `${PLACE_JA[p.place ?? ""] ?? "件名"}では${bj(p)}を名乗っていますが、差出人 ${addr(p.address)} は${bj(p)}のアドレスではありません。`,
      en: `The ${PLACE_EN[p.place ?? ""] ?? "subject"} says ${be(p)}, but the sender ${addr(p.address)} is not one of ${be(p)}'s addresses.`,
    }),
  sender_abused_tld: (p) => ({
    ja: `差出人のアドレス（${dom(p)}）は、詐欺メールによく使われる「.${txt(p.tld)}」で終わっています。`,
    en: `The sender's address (${dom(p)}) ends in .${txt(p.tld)}, an ending scam mail often uses.`,
  }),
  sender_brand_in_mailbox: (p) => ({
    ja: `差出人のアドレス ${addr(p.address)} は${bj(p)}の名前を使っていますが、${bj(p)}とは関係のない ${dom(p)} のアドレスです。`,
    en: `The sender's address ${addr(p.address)} uses ${be(p)}'s name, but it is on ${dom(p)}, which has nothing to do with ${be(p)}.`,
  }),
  sender_free_platform: (p) => ({
    ja: `差出人のアドレス ${addr(p.address)} は、誰でも無料で作れるサービス（${host(p.platform ?? "")}）のものです。`,
    en: `The sender's address ${addr(p.address)} is on a service where anyone can get one for free (${host(p.platform ?? "")}).`,
  }),
  sender_name_other_address: (p) => ({
    ja: `差出人の名前には ${addr(p.shown)} と書かれていますが、実際のアドレスは ${addr(p.address)} です。`,
    en: `The sender's name shows ${addr(p.shown)}, but the real address is ${addr(p.address)}.`,
  }),
  hidden_characters: (p) => ({
    ja: `差出人名や件名（「${txt(p.text)}」）の文字の間に、目に見えない文字が埋め込まれています。迷惑メールの検査をすり抜けるための手口です。`,
    en: `Invisible characters are hidden between the letters of the sender name or subject ("${txt(p.text)}") — a trick to slip past spam filters.`,
  }),
  sender_malformed: (p) => ({
    ja: `差出人の欄が正しくない形で書かれています（${txt(p.raw)}）。まともな会社のメールは、このようには書かれません。`,
    en: `The sender line is malformed (${txt(p.raw)}); real companies' mail is never written this way.`,
  }),
  sender_name_number: (p) => ({
    ja: `差出人の名前に長い番号（${txt(p.number)}）が入っています。一通ごとに違う「受付番号」を付けて、迷惑メールの検出をすり抜けるための手口です。`,
    en: `The sender's name carries a long number (${txt(p.number)}): a made-up case number that makes every copy unique, to slip past filters.`,
  }),
  subject_random_code: (p) => ({
    ja: `件名の最後に意味のない文字列（${txt(p.code)}）が付いています。迷惑メールの検査をすり抜けるための手口です。`,
    en: `The subject ends in a random code (${txt(p.code)}), added by bulk scam mail to slip past spam filters.`,
  }),
  sender_name_mixed_script: (p) => ({
    ja: `差出人の名前「${txt(p.name)}」には、英字に似た別の文字（ギリシャ文字やロシア文字）が混ぜてあります。見た目をごまかす手口です。`,
    en: `The sender's name "${txt(p.name)}" mixes in Greek or Cyrillic letters that look like English ones — a trick to look like someone else.`,
  }),
  sender_is_you: (p) => ({
    ja: `差出人があなた自身のアドレス（${addr(p.address)}）になっています。差出人が偽られています。`,
    en: `The mail claims to come from your own address (${addr(p.address)}): the sender is forged.`,
  }),
  sent_to_undisclosed: () => ({
    ja: `宛先が「非公開の受信者」になっています。あなた個人あてではなく、大勢に一斉に送られたメールです。`,
    en: `It was sent to "undisclosed recipients": a mass mailing, not a message to you personally.`,
  }),
  subject_has_your_address: (p) => ({
    ja: `件名や差出人名にあなたのメールアドレス（${addr(p.address)}）が入っています。大量に送られる詐欺メールによくある手口です。`,
    en: `Your own address (${addr(p.address)}) is written into the subject or sender name — a trick of mass-sent scam mail.`,
  }),
  reply_to_elsewhere: (p) => ({
    ja: `返信すると、差出人とは別のアドレス ${addr(p.replyAddress)} に届くようになっています。`,
    en: `Replies would go to ${addr(p.replyAddress)}, not to the sender's own address.`,
  }),
  link_script: (p) => ({
    ja: `ウェブページではなく、プログラムを動かすリンクがあります（${url(p)}）。`,
    en: `A link runs code instead of opening a web page (${url(p)}).`,
  }),
  link_at_trick: (p) =>
    more(p, { ja: `リンク ${url(p)} は、見かけと違い ${dom(p)} に移動します。`, en: `The link ${url(p)} looks like one address but goes to ${dom(p)}.` }),
  link_blocked: (p) => more(p, { ja: `リンク先 ${dom(p)} は、詐欺に使われていると報告されています。`, en: `A link goes to ${dom(p)}, which has been reported for scams.` }),
  link_ip: (p) => more(p, { ja: `リンク先が名前ではなく番号だけのアドレスです（${url(p)}）。`, en: `A link goes to a bare number address instead of a named site (${url(p)}).` }),
  link_lookalike: (p) => {
    const real = p.real ? { ja: `（${plainDomain(p.real)}）`, en: ` (${plainDomain(p.real)})` } : { ja: "", en: "" };
    const first = more(p, { ja: `リンク先 ${dom(p)} は、${bj(p)}の本物のサイト${real.ja}に似せた偽物です。`, en: `A link goes to ${dom(p)}, made to look like ${be(p)}'s real site${real.en}.` });
    const t = trick(p);
    return { ja: first.ja + t.ja, en: first.en + t.en };
  },
  link_brand_in_domain: (p) => {
    const owner = p.owner && p.owner !== p.domain ? p.owner : "";
    if (p.tokenOfficial)
      return more(p, {
        ja: `リンク先 ${dom(p)} は、${bj(p)}の本物のアドレス（${plainDomain(p.token ?? "")}）で始まっていますが、実際の行き先は最後の部分の ${host(owner || p.domain!)} です。アドレスの持ち主は最後の部分で決まります。`,
        en: `A link goes to ${dom(p)}: it starts with ${be(p)}'s real address (${plainDomain(p.token ?? "")}), but it belongs to ${host(owner || p.domain!)}, the part at the end — the end of an address decides whose it is.`,
      });
    const token = p.token ? { ja: `名前に${q(p.token, "ja")}を含みますが`, en: `has ${q(p.token, "en")} in its name but` } : { ja: `${bj(p)}の名前を含みますが`, en: `contains ${be(p)}'s name but` };
    return more(
      p,
      plusBi(
        {
          ja: `リンク先 ${dom(p)} は、${token.ja}、${bj(p)}のサイトではありません${owner ? `（実際の持ち主は ${host(owner)}）` : ""}。`,
          en: `A link goes to ${dom(p)}, which ${token.en} is not ${be(p)}'s site${owner ? ` (it belongs to ${host(owner)})` : ""}.`,
        },
        addedWords(p),
      ),
    );
  },
  link_abused_tld: (p) =>
    more(p, { ja: `リンク先 ${dom(p)} は、詐欺サイトによく使われる「.${txt(p.tld)}」で終わっています。`, en: `A link goes to ${dom(p)}; addresses ending in .${txt(p.tld)} are often used for scams.` }),
  link_free_hosting: (p) =>
    more(p, { ja: `リンク先 ${dom(p)} は、誰でも無料でページを作れるサービス上にあります。`, en: `A link goes to ${dom(p)}, on a service where anyone can make a page for free.` }),
  link_sender_lookalike: (p) =>
    more(p, { ja: `リンク先 ${dom(p)} は、差出人のドメイン（${txt(p.sender)}）の名前に言葉を付け足した別のドメインで、差出人のサイトのふりをしています。`, en: `A link goes to ${dom(p)}: the sender's name (${txt(p.sender)}) with a word added, a separate domain passing for the sender's site.` }),
  link_cms_system_folder: (p) =>
    more(p, { ja: `リンク ${url(p)} は、サイト ${dom(p)} の管理用フォルダ（WordPress の wp-admin など）の中のページです。普通のサイトはそこに訪問者向けのページを置きません。乗っ取られたサイトに詐欺ページが置かれる典型的な場所です。`, en: `The link ${url(p)} points into ${dom(p)}'s system folders (WordPress's wp-admin and the like), where no site puts pages for visitors: the usual place for a scam page on a hacked site.` }),
  link_shortener: (p) =>
    more(p, { ja: `リンク ${url(p)} は短縮URLで、本当の行き先が隠されています。`, en: `The link ${url(p)} is shortened, which hides where it really goes.` }),
  link_redirect: (p) =>
    more(p, { ja: `リンクは ${dom(p)} を経由して、別のサイト ${dom(p, "targetDomain")} に転送されます。`, en: `A link passes through ${dom(p)} and then sends you on to ${dom(p, "targetDomain")}.` }),
  link_text_mismatch: (p) => {
    const shown = p.shownOfficial ? plainDomain(p.shown ?? "") : host(p.shown ?? "");
    const first = more(p, {
      ja: p.shownOfficial ? `リンクには本物の ${shown} と表示されていますが、実際の行き先は別のサイト ${dom(p)} です。` : `リンクの表示は ${shown} ですが、実際の行き先は ${dom(p)} です。`,
      en: `A link shows ${shown}, but it really goes to ${dom(p)}.`,
    });
    const t = p.owner
      ? { ja: `アドレスの持ち主は最後の部分（${host(p.owner)}）で決まります。`, en: ` The part at the end, ${host(p.owner)}, decides whose site it is.` }
      : trick(p);
    return { ja: first.ja + t.ja, en: first.en + t.en };
  },
  link_has_your_address: (p) => ({
    ja: `リンクにあなたのメールアドレス（${addr(p.address)}）が埋め込まれています。開くと、このアドレスが使われていることが相手に伝わります。`,
    en: `Your own address (${addr(p.address)}) is built into a link: opening it tells the sender your address is in use.`,
  }),
  brand_links_elsewhere: (p) => ({
    ja: `${bj(p)}からのメールのように見せていますが、リンク先は${bj(p)}ではなく ${url(p)} です。`,
    en: `The mail looks like it is from ${be(p)}, but its link goes to ${url(p)}, not to ${be(p)}.`,
  }),
  pressure: (p) => pressure(p),
  asks_secrets: (p) => {
    const payment = (p.kinds ?? "").split("\u0000").every((k) => k === "payment");
    return payment
      ? { ja: `カード情報や支払い方法の入力を求めています：${quotes(p, "ja")}。`, en: `It asks for your card or payment details: ${quotes(p, "en")}.` }
      : { ja: `パスワードやカード情報などの入力を求めています：${quotes(p, "ja")}。`, en: `It asks for your password, card or personal details: ${quotes(p, "en")}.` };
  },
  pushes_action: (p) => ({
    ja: `リンクを開かせたり、操作をさせたりしようとしています：${quotes(p, "ja")}。`,
    en: `It pushes you to click or act: ${quotes(p, "en")}.`,
  }),
  attachment_dangerous: (p) => ({
    ja: `添付ファイル「${txt(p.file)}」は、開くとプログラムや偽のページが動く種類のファイルです。`,
    en: `The attachment "${txt(p.file)}" is a kind of file that runs a program or opens a fake page when opened.`,
  }),
  attachment_macro: (p) => ({
    ja: `添付ファイル「${txt(p.file)}」は、開くとプログラム（マクロ）が動くことがあるファイルです。`,
    en: `The attachment "${txt(p.file)}" can run hidden programs (macros) when opened.`,
  }),
  attachment_archive: (p) => ({
    ja: `添付ファイル「${txt(p.file)}」は圧縮ファイルで、中身を確認できません。`,
    en: `The attachment "${txt(p.file)}" is a compressed archive whose content we could not check.`,
  }),
  auth_pass_official: (p) => ({
    ja: `このメールが本当に${bj(p)}（${plainDomain(p.domain ?? "")}）から送られたことを確認できました。`,
    en: `We could confirm that this mail really came from ${be(p)} (${plainDomain(p.domain ?? "")}).`,
  }),
  auth_pass_relay: (p) => ({
    ja: `このメールは${bj(p)}のサービス（${plainDomain(p.domain ?? "")}）を通して届いていますが、共有や招待の通知は誰でも送れるため、内容を${bj(p)}が書いたという証明にはなりません。`,
    en: `This mail came through ${be(p)}'s service (${plainDomain(p.domain ?? "")}), but anyone can send sharing or invitation notices that way; it does not mean ${be(p)} wrote it.`,
  }),
  auth_fail_brand: (p) => ({
    ja: `差出人は${bj(p)}（${plainDomain(p.domain ?? "")}）となっていますが、本当は${bj(p)}から送られたものではありません。差出人が偽られています。`,
    en: `The sender says ${be(p)} (${plainDomain(p.domain ?? "")}), but this mail did not really come from ${be(p)}: the sender is forged.`,
  }),
  forged_official: (p) => ({
    ja: `差出人は${bj(p)}の本物のアドレス（${plainDomain(p.domain ?? "")}）になっていますが、${bj(p)}から送られたことを示すものが何もありません。差出人のアドレスは誰でも自由に書けます。しかもリンクは${bj(p)}のサイトではなく ${url(p)} に向かい、ログインやカード情報の入力、支払いを求めています。`,
    en: `The sender shows ${be(p)}'s real address (${plainDomain(p.domain ?? "")}), but nothing shows the mail came from ${be(p)} — anyone can type a sender address. Its links go not to ${be(p)}'s site but to ${url(p)}, and it asks you to sign in, confirm card details or pay.`,
  }),
  auth_fail: (p) => ({
    ja: `このメールが本当に ${dom(p)} から送られたことを確認できませんでした。差出人が偽られている可能性があります。`,
    en: `We could not confirm that this mail really came from ${dom(p)}; the sender may be forged.`,
  }),
  brand_name_disguised: (p) => ({
    ja: `「${txt(p.text)}」は、${bj(p)}の名前を見た目の似た別の文字で書いています。迷惑メールの検査をすり抜けるための手口です。`,
    en: `"${txt(p.text)}" spells ${be(p)}'s name with look-alike characters, a trick to slip past spam filters.`,
  }),
  text_disguised: (p) => ({
    ja: `${WHERE_JA[p.where!] ?? ""}「${txt(p.text)}」は、飾り文字や見た目の似た別の文字で書かれています。迷惑メールの検査をすり抜けるための手口です。`,
    en: `The ${WHERE_EN[p.where!] ?? "text"} "${txt(p.text)}" is written with decorated or look-alike characters, a trick to slip past spam filters.`,
  }),
  template_blank: (p) => ({
    ja: `${WHERE_JA[p.where!] ?? ""}に「${txt(p.text)}」という、一斉送信用のひな形の空欄が残っています。あなた宛てに書かれたものではなく、大量にばらまかれたメールです。`,
    en: `The ${WHERE_EN[p.where!] ?? "text"} still shows a blank from a mass-mailing template ("${txt(p.text)}"): this was sent in bulk, not written to you.`,
  }),
  callback_invoice: (p) => ({
    ja: `身に覚えのない支払いを知らせ、取り消すには電話するよう求めています（${txt(p.phone)}）。この番号に電話しないでください。電話でカード番号を聞き出したり、パソコンを遠隔操作させたりする手口です。`,
    en: `It reports a payment you did not make and asks you to phone ${txt(p.phone)} to stop it. Do not call: the call is the scam — they ask for card details or remote access to your computer.`,
  }),
  text_scrambled: (p) => ({
    ja: `「${txt(p.text)}」は、単語を記号で区切ったり崩したりして書かれています。迷惑メールの検査をすり抜けるための手口です。`,
    en: `"${txt(p.text)}" has its words broken up with dots, dashes and stray codes, a trick to slip past spam filters.`,
  }),
  link_garbled: (p) => ({
    ja: `リンク先のアドレス（${url(p)}）に、本物のアドレスにはない制御文字が紛れ込ませてあります。検査をすり抜けるための手口です。`,
    en: `A link's address (${url(p)}) has hidden control characters in it, which real addresses never have: a trick to get past filters.`,
  }),
  picture_only: () => ({
    ja: `本文がほとんどなく、画像とリンクだけのメールです。迷惑メールの検査に文章を読ませないための作りです。`,
    en: `The mail is little more than a picture and a link, made so that spam filters have no text to read.`,
  }),
  link_odd_port: (p) => ({
    ja: `リンク ${url(p)} は、普通のウェブサイトが使わない特別な番号（:${txt(p.port)}）付きのアドレスに向かっています。`,
    en: `The link ${url(p)} goes to an unusual server address ending in :${txt(p.port)}, which ordinary websites don't use.`,
  }),
  action_link_elsewhere: (p) => ({
    ja: `ほかのリンクは差出人の ${txt(p.sender)} に向かっていますが、操作を求めるリンク「${txt(p.text)}」だけは別の場所（${dom(p)}）に向かっています。`,
    en: `The other links go to the sender's own ${txt(p.sender)}, but the one asking you to act ("${txt(p.text)}") goes somewhere else (${dom(p)}).`,
  }),
  link_brand_in_path: (p) => ({
    ja: `リンク ${url(p)} は、途中に${bj(p)}のアドレス（${plainDomain(p.shown ?? "")}）を含めて本物に見せかけていますが、行き先は別のサイト（${dom(p)}）です。`,
    en: `The link ${url(p)} has ${be(p)}'s address (${plainDomain(p.shown ?? "")}) inside it to look real, but it goes to another site (${dom(p)}).`,
  }),
  provider_phish: (p) => ({
    ja: `お使いのメールサービス${p.by === "microsoft" ? "（Microsoft）" : ""}が、このメールをすでに詐欺またはなりすましのメールと判定していました。`,
    en: `Your mail service${p.by === "microsoft" ? " (Microsoft)" : ""} had already marked this mail as a scam or a fake sender.`,
  }),
  provider_junk: (p) => ({
    ja: `お使いのメールサービス${p.by === "microsoft" ? "（Microsoft）" : ""}が、このメールをすでに迷惑メールと判定していました。`,
    en: `Your mail service${p.by === "microsoft" ? " (Microsoft)" : ""} had already marked this mail as junk.`,
  }),
  auth_unverified: (p) => ({
    ja: `このメールが本当に ${dom(p)} から送られたことを確かめる手がかりがありません。`,
    en: `Nothing in this mail shows that it really came from ${dom(p)}.`,
  }),
  auth_unknown_official: (p) => ({
    ja: `差出人のアドレスは${bj(p)}のもの（${plainDomain(p.domain ?? "")}）ですが、このメールには本当に${bj(p)}から送られたかを確かめる情報が残っていないため、確認できませんでした。`,
    en: `The sender's address is ${be(p)}'s (${plainDomain(p.domain ?? "")}), but this copy carries no proof that it really came from ${be(p)}, so we could not confirm it.`,
  }),
  sender_brand_unlisted_domain: (p) => ({
    ja: `差出人のドメイン ${dom(p)} は${bj(p)}の名前を含み、${bj(p)}の国別サイトの可能性がありますが、${bj(p)}の登録済みドメインではないため確認できませんでした。`,
    en: `The sender's domain ${dom(p)} carries ${be(p)}'s name and may be one of its country sites, but it is not among ${be(p)}'s known domains, so we could not confirm it.`,
  }),
  link_brand_unlisted_domain: (p) =>
    more(p, {
      ja: `リンク先 ${dom(p)} は${bj(p)}の名前を含み、${bj(p)}の国別サイトの可能性がありますが、登録済みのドメインではないため確認できませんでした。`,
      en: `A link goes to ${dom(p)}, which carries ${be(p)}'s name and may be one of its country sites; it is not among ${be(p)}'s known domains, so we could not confirm it.`,
    }),
  text_truncated: (p) => ({
    ja: `本文が長いため、最初の${txt(p.chars)}文字だけを調べました。`,
    en: `The text is very long; only its first ${txt(p.chars)} characters were checked.`,
  }),
  prize_fee: (p) => ({
    ja: `「当選した」と知らせながら、受け取るために${q(p.ask, "ja")}を求めています。本物の当選通知が、賞品の受け取りにカード情報や送料・手数料の支払いを求めることはありません。`,
    en: `It says you have won something, yet asks ${q(p.ask, "en")} to receive it. A real prize never needs your card details or a fee to be delivered.`,
  }),
};

const WHERE_JA: Record<string, string> = { name: "差出人の名前", subject: "件名", address: "差出人のアドレス", greeting: "宛名" };
const WHERE_EN: Record<string, string> = { name: "sender's name", subject: "subject", address: "sender's address", greeting: "greeting" };
const PLACE_JA: Record<string, string> = { logo: "ロゴ", letterhead: "本文の冒頭", subject: "件名", greeting: "宛名（「〜のお客様」）" };
const PLACE_EN: Record<string, string> = { logo: "logo", letterhead: "first line of the mail", subject: "subject", greeting: "greeting (\"Dear … customer\")" };

function quotes(p: Params, lang: "ja" | "en"): string {
  const list = (p.phrases ?? "").split("\u0000").filter(Boolean);
  return lang === "ja" ? list.map((s) => `「${defangText(s, 40)}」`).join("") : list.map((s) => `"${defangText(s, 40)}"`).join(", ");
}

/**
 * What a quoted pressure phrase is about, so the explanation fits it: a deadline ("within 24
 * hours"), an account stopped or limited, a fraud or sign-in warning, a parcel on hold, a prize.
 */
type Pressure = "deadline" | "suspended" | "fraud" | "delivery" | "reward" | "other";
const DEADLINE = /\d|within|hours?\b|today|expire|deadline|以内|期限|本日|期間内|今日中|horas|stunden|heures|\b\d+h\b/i;
const SUSPENDED = /suspen|lock|limit|restrict|disabl|deactivat|clos|terminat|frozen|block|on hold|delet|lose access|停止|ロック|制限|凍結|規制|失効|sperr|bloque|bloqueio|suspens/i;
const FRAUD = /unauthori|suspicious|unusual|irregular|fraud|compromis|hack|sign-?in|login|device|不正|不審|異常|身に覚え|betrug|fraude/i;

function pressureKind(text: string, kind: string): Pressure {
  if (kind === "delivery") return "delivery";
  if (kind === "reward") return "reward";
  if (kind === "urgency" && DEADLINE.test(text)) return "deadline";
  if (SUSPENDED.test(text)) return "suspended";
  if (FRAUD.test(text)) return "fraud";
  return "other";
}

const EXPLAIN: Record<Pressure, Bilingual> = {
  deadline: {
    ja: "本物の会社が、このように短い期限を切って手続きを迫ることはほとんどありません。",
    en: "Real companies rarely demand that you act within a deadline like this.",
  },
  suspended: {
    ja: "アカウントが止められたと知らせてリンクを開かせるのは、詐欺メールで最もよくある手口です。本当に止められているなら、公式アプリやサイトにも表示されます。",
    en: "Saying your account is stopped or limited, so that you open the link, is the most common phishing trick. If it were true, the official app or website would show it too.",
  },
  fraud: {
    ja: "本物のカード会社や銀行も不正利用の連絡をしますが、本物なら、メールのリンクを使わずに公式アプリやカード裏面の電話番号で確かめられます。",
    en: "Real banks and card companies do send such warnings, but a real one can be checked without the mail: in the official app, or by calling the number on the back of your card.",
  },
  delivery: {
    ja: "宅配業者を装った偽の不在通知は、とても多い詐欺です。本物なら、業者の公式アプリやサイトで伝票番号から確かめられます。",
    en: "Fake delivery notices are one of the most common scams. A real one can be checked on the courier's own app or website with the tracking number.",
  },
  reward: {
    ja: "思いがけない当選や特典は、個人情報やカード情報を入力させるための餌です。",
    en: "Unexpected prizes and rewards are bait to get your personal or card details.",
  },
  other: {
    ja: "慌てさせて、よく考えずに操作させるための言葉です。",
    en: "Words like these are meant to make you act before you think.",
  },
};

const ORDER: Pressure[] = ["deadline", "suspended", "fraud", "delivery", "reward", "other"];

function pressure(p: Params): Bilingual {
  const texts = (p.phrases ?? "").split("\u0000");
  const kinds = (p.kinds ?? "").split("\u0000");
  const found = new Set(texts.map((t, i) => pressureKind(t, kinds[i] ?? "")));
  const main = ORDER.find((k) => found.has(k)) ?? "other";
  const only = (k: Pressure) => found.size === 1 && found.has(k);
  const intro: Bilingual = only("reward")
    ? { ja: "当選や特典で気を引こうとしています", en: "It dangles a prize or reward" }
    : only("delivery")
      ? { ja: "荷物が届けられなかったと知らせています", en: "It says a parcel could not be delivered" }
      : { ja: "急がせたり、不安にさせたりする言葉があります", en: "It tries to rush or scare you" };
  return { ja: `${intro.ja}：${quotes(p, "ja")}。${EXPLAIN[main].ja}`, en: `${intro.en}: ${quotes(p, "en")}. ${EXPLAIN[main].en}` };
}

/** For an address written in special characters: it only looks like the real one, and how it differs. */
function imitation(p: Params, m: Bilingual): Bilingual {
  if (!p.real || !p.trick) return m;
  const t = trick(p);
  return {
    ja: `${m.ja}このアドレスは特殊な文字を使って、本物の ${plainDomain(p.real)} のように見せかけています。${t.ja}`,
    en: `${m.en} It uses special characters to look like the real ${plainDomain(p.real)}.${t.en}`,
  };
}

/** "Look closely: …" — how a lookalike address differs from the real one (see trick.ts), or nothing. */
function trick(p: Params): Bilingual {
  if (!p.trick) return { ja: "", en: "" };
  const ja: string[] = [];
  const en: string[] = [];
  // Everything the fake adds (a word, a hyphen, a stray letter) is told in one sentence.
  const added: string[] = [];
  for (const fact of p.trick.split("|")) {
    const [kind, a = "", b = "", script = ""] = fact.split(":").map((x, i) => (i === 0 ? x : txt(x)));
    const jq = (x: string) => `「${x}」`;
    const eq = (x: string) => `"${x}"`;
    switch (kind) {
      case "digit":
        ja.push(`英字の${jq(b)}の代わりに、数字の${jq(a)}が使われています。`);
        en.push(`it has the digit ${eq(a)} where the real one has the letter ${eq(b)}`);
        break;
      case "letter":
      case "letters":
        ja.push(`本物の${jq(b)}の代わりに、${jq(a)}が使われています。`);
        en.push(`it has ${eq(a)} where the real one has ${eq(b)}`);
        break;
      case "script":
        ja.push(`英字の${jq(b)}に見える${jq(a)}は、${script === "cyrillic" ? "ロシア文字（キリル文字）" : "ギリシャ文字"}です。`);
        en.push(`its ${eq(a)} is a ${script === "cyrillic" ? "Cyrillic (Russian)" : "Greek"} letter that looks like the English ${eq(b)}`);
        break;
      case "styled":
        ja.push("普通の文字に見えますが、見た目だけ似せた飾り文字で書かれています。");
        en.push("it is written in decorated letters that only look like ordinary ones");
        break;
      case "word":
      case "hyphen":
      case "added":
        if (!added.length) {
          ja.push("");
          en.push("");
        }
        added.push(kind === "hyphen" ? "-" : a);
        break;
      case "missing":
        ja.push(`本物にある${jq(a)}が抜けています。`);
        en.push(`it leaves out ${eq(a)}`);
        break;
      case "swap":
        ja.push(`本物の${jq(a)}の順番が入れ替わって${jq(b)}になっています。`);
        en.push(`it swaps two letters (${eq(b)} instead of ${eq(a)})`);
        break;
      case "ending":
        ja.push(`最後が本物の「.${b}」ではなく「.${a}」です。`);
        en.push(`it ends in .${a} instead of .${b}`);
        break;
      default:
        ja.push("綴りが本物とわずかに違います。");
        en.push("its spelling differs slightly from the real one");
    }
  }
  // The additions' sentence, where the first addition was told.
  const at = ja.indexOf("");
  if (at >= 0) {
    const word = added.length === 1 && added[0]!.replace(/^-/, "").length >= 3;
    ja[at] = word ? `本物にはない「${added[0]}」という言葉が付け足されています。` : `本物にはない${added.map((x) => (x === "-" ? "ハイフン（-）" : `「${x}」`)).join("と")}が入っています。`;
    en[at] = word ? `it adds the word "${added[0]}"` : `it adds ${added.map((x) => (x === "-" ? "a hyphen" : `"${x}"`)).join(" and ")}`;
  }
  if (!ja.length) return { ja: "", en: "" };
  const list = en.length > 1 ? `${en.slice(0, -1).join(", ")} and ${en.at(-1)}` : en[0]!;
  return { ja: `よく見ると、${ja.join("")}`, en: ` Look closely: ${list}.` };
}

export function explain(signal: Signal): Bilingual {
  const make = MESSAGES[signal.code];
  if (!make) return { ja: signal.code, en: signal.code };
  return make(signal.params);
}

export const KNOWN_CODES = Object.keys(MESSAGES) as ReasonCode[];
