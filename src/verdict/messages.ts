import { defangAddress, defangDomain, defangText, defangUrl } from "../reply/defang";
import type { Signal } from "../signals/types";

export type Bilingual = { ja: string; en: string };

type Params = Record<string, string>;

const dom = (p: Params, k = "domain") => defangDomain(p[k] ?? "");
const url = (p: Params, k = "url") => defangUrl(p[k] ?? "");
const txt = (s: string | undefined) => defangText(s ?? "", 60);
const more = (p: Params): Bilingual => {
  const n = Number(p.count ?? "1") - 1;
  return n > 0 ? { ja: `（ほか${n}件）`, en: ` (and ${n} more)` } : { ja: "", en: "" };
};
const plus = (a: Bilingual, b: Bilingual): Bilingual => ({ ja: a.ja + b.ja, en: a.en + b.en });

/**
 * The sentence for each signal, in plain words (no "DMARC", no "TLD"), quoting the evidence
 * defanged. One place for all wording, so the reply reads as one voice.
 */
const MESSAGES: Record<string, (p: Params) => Bilingual> = {
  sender_blocked: (p) => ({
    ja: `差出人のアドレス ${defangAddress(p.address!)} は、詐欺に使われていると報告されているドメインです。`,
    en: `The sender's address ${defangAddress(p.address!)} belongs to a domain reported for scams.`,
  }),
  sender_lookalike: (p) => ({
    ja: `差出人のアドレス ${defangAddress(p.address!)} は、${p.brand}の本物のアドレスに似せた偽物です。`,
    en: `The sender's address ${defangAddress(p.address!)} imitates ${p.brand}'s real address, but it is not ${p.brand}'s.`,
  }),
  sender_brand_in_domain: (p) => ({
    ja: `差出人のアドレス ${defangAddress(p.address!)} は「${p.token}」を含みますが、${p.brand}のものではありません（${dom(p)}）。`,
    en: `The sender's address ${defangAddress(p.address!)} contains "${p.token}" but does not belong to ${p.brand} (${dom(p)}).`,
  }),
  sender_name_brand_mismatch: (p) => ({
    ja: `差出人の名前は「${txt(p.name)}」ですが、アドレス ${defangAddress(p.address!)} は${p.brand}のものではありません。`,
    en: `The sender calls itself "${txt(p.name)}", but the address ${defangAddress(p.address!)} is not one of ${p.brand}'s.`,
  }),
  sender_freemail_brand: (p) => ({
    ja: `${p.brand}を名乗っていますが、差出人 ${defangAddress(p.address!)} は誰でも無料で作れるメールアドレスです。${p.brand}がこのようなアドレスから連絡することはありません。`,
    en: `It claims to be ${p.brand}, but the sender ${defangAddress(p.address!)} is a free mailbox anyone can open. ${p.brand} does not write from such addresses.`,
  }),
  claimed_brand_unofficial_sender: (p) => ({
    ja: `${PLACE_JA[p.place ?? ""] ?? "件名"}では${p.brand}を名乗っていますが、差出人 ${defangAddress(p.address!)} は${p.brand}のアドレスではありません。`,
    en: `The ${PLACE_EN[p.place ?? ""] ?? "subject"} says ${p.brand}, but the sender ${defangAddress(p.address!)} is not one of ${p.brand}'s addresses.`,
  }),
  sender_abused_tld: (p) => ({
    ja: `差出人のドメイン ${dom(p)} は、詐欺メールによく使われる種類（.${p.tld}）です。`,
    en: `The sender's domain ${dom(p)} ends in .${p.tld}, an ending that scam mail often uses.`,
  }),
  sender_brand_in_mailbox: (p) => ({
    ja: `差出人のアドレス ${defangAddress(p.address!)} は${p.brand}の名前を使っていますが、${p.brand}とは関係のないドメイン（${dom(p)}）のものです。`,
    en: `The sender's address ${defangAddress(p.address!)} uses ${p.brand}'s name, but it is on a domain unrelated to ${p.brand} (${dom(p)}).`,
  }),
  sender_free_platform: (p) => ({
    ja: `差出人のアドレス ${defangAddress(p.address!)} は、誰でも無料で作れるサービス（${defangDomain(p.platform!)}）のものです。`,
    en: `The sender's address ${defangAddress(p.address!)} is on a service where anyone can get one for free (${defangDomain(p.platform!)}).`,
  }),
  sender_name_other_address: (p) => ({
    ja: `差出人の名前に ${defangAddress(p.shown!)} と書かれていますが、実際のアドレスは ${defangAddress(p.address!)} です。`,
    en: `The sender's name shows ${defangAddress(p.shown!)}, but the real address is ${defangAddress(p.address!)}.`,
  }),
  hidden_characters: (p) => ({
    ja: `差出人名や件名（「${txt(p.text)}」）の文字の間に、目に見えない文字が埋め込まれています。迷惑メールの検出をすり抜けるための手口です。`,
    en: `Invisible characters are hidden between the letters of the sender name or subject ("${txt(p.text)}") — a trick to slip past filters.`,
  }),
  sender_malformed: (p) => ({
    ja: `差出人の欄が不正な形式です（${txt(p.raw)}）。正規の会社のメールシステムはこのように書きません。`,
    en: `The sender line is malformed (${txt(p.raw)}); real companies' mail systems don't write it this way.`,
  }),
  sender_name_number: (p) => ({
    ja: `差出人の名前に長い番号（${txt(p.number)}）が入っています。一通ごとに違う「受付番号」を付けて、迷惑メールの検出をすり抜けるための手口です。`,
    en: `The sender's name carries a long number (${txt(p.number)}): a made-up case number that makes every copy unique, to slip past filters.`,
  }),
  subject_random_code: (p) => ({
    ja: `件名の最後に意味のない文字列（${txt(p.code)}）が付いています。迷惑メールの検出をすり抜けるための手口です。`,
    en: `The subject ends in a random code (${txt(p.code)}), added by bulk scam mail to slip past filters.`,
  }),
  sender_name_mixed_script: (p) => ({
    ja: `差出人の名前「${txt(p.name)}」には、英字に似た別の文字（ギリシャ文字やロシア文字）が混ぜてあります。見た目をごまかす手口です。`,
    en: `The sender's name "${txt(p.name)}" mixes in Greek or Cyrillic letters that look like English ones — a trick to look like someone else.`,
  }),
  sender_is_you: (p) => ({
    ja: `差出人があなた自身のアドレス（${defangAddress(p.address!)}）になっています。差出人が偽られています。`,
    en: `The mail claims to come from your own address (${defangAddress(p.address!)}): the sender is forged.`,
  }),
  sent_to_undisclosed: () => ({
    ja: `宛先が「非公開の受信者」になっています。あなた個人あてではなく、大勢に一斉に送られたメールです。`,
    en: `It was sent to "undisclosed recipients": a mass mailing, not a message to you personally.`,
  }),
  subject_has_your_address: (p) => ({
    ja: `件名や差出人名にあなたのメールアドレス（${defangAddress(p.address!)}）が入っています。大量に送られた詐欺メールによくある手口です。`,
    en: `Your own address (${defangAddress(p.address!)}) is written into the subject or sender name — a trick of mass-sent scam mail.`,
  }),
  reply_to_elsewhere: (p) => ({
    ja: `返信すると、差出人とは別の ${defangAddress(p.replyAddress!)} に届くようになっています。`,
    en: `Replies would go to ${defangAddress(p.replyAddress!)}, not to the sender's own domain.`,
  }),
  link_script: (p) => ({
    ja: `ウェブページではなく、プログラムを動かすリンクがあります（${url(p)}）。`,
    en: `A link runs code instead of opening a web page (${url(p)}).`,
  }),
  link_at_trick: (p) =>
    plus(
      { ja: `リンク ${url(p)} は、見かけと違い ${dom(p)} に移動します。`, en: `The link ${url(p)} looks like one address but goes to ${dom(p)}.` },
      more(p),
    ),
  link_blocked: (p) => plus({ ja: `リンク先 ${dom(p)} は、詐欺に使われていると報告されています。`, en: `A link goes to ${dom(p)}, which has been reported for scams.` }, more(p)),
  link_ip: (p) => plus({ ja: `リンク先が名前ではなく番号だけのアドレスです（${url(p)}）。`, en: `A link goes to a bare number address instead of a named site (${url(p)}).` }, more(p)),
  link_lookalike: (p) =>
    plus({ ja: `リンク先 ${dom(p)} は、${p.brand}の本物のサイトに似せた偽物です。`, en: `A link goes to ${dom(p)}, a fake imitating ${p.brand}'s real site.` }, more(p)),
  link_brand_in_domain: (p) =>
    plus({ ja: `リンク先 ${dom(p)} は${p.brand}の名前を含みますが、${p.brand}のサイトではありません。`, en: `A link goes to ${dom(p)}, which contains ${p.brand}'s name but is not ${p.brand}'s site.` }, more(p)),
  link_abused_tld: (p) =>
    plus({ ja: `リンク先 ${dom(p)} は、詐欺によく使われる種類（.${p.tld}）のサイトです。`, en: `A link goes to ${dom(p)}; sites ending in .${p.tld} are often used for scams.` }, more(p)),
  link_free_hosting: (p) =>
    plus({ ja: `リンク先 ${dom(p)} は、誰でも無料でページを作れるサービス上にあります。`, en: `A link goes to ${dom(p)}, on a service where anyone can make a page for free.` }, more(p)),
  link_sender_lookalike: (p) =>
    plus({ ja: `リンク先 ${dom(p)} は、差出人のドメイン（${txt(p.sender)}）の名前に言葉を付け足した別のドメインで、差出人のサイトのふりをしています。`, en: `A link goes to ${dom(p)}: the sender's name (${txt(p.sender)}) with a word added, a separate domain passing for the sender's site.` }, more(p)),
  link_cms_system_folder: (p) =>
    plus({ ja: `リンク ${url(p)} は、サイト ${dom(p)} の管理用フォルダ（WordPress の wp-admin など）の中のページです。普通のサイトはそこに訪問者向けのページを置きません。乗っ取られたサイトに詐欺ページが置かれる典型的な場所です。`, en: `The link ${url(p)} points into ${dom(p)}'s system folders (WordPress's wp-admin and the like), where no site puts pages for visitors: the usual place for a scam page on a hacked site.` }, more(p)),
  link_shortener: (p) =>
    plus({ ja: `リンク ${url(p)} は短縮URLで、本当の行き先が隠されています。`, en: `The link ${url(p)} is shortened, which hides where it really goes.` }, more(p)),
  link_redirect: (p) =>
    plus({ ja: `リンク ${dom(p)} を経由して、別のサイト ${dom(p, "targetDomain")} に転送されます。`, en: `A link passes through ${dom(p)} and then sends you on to ${dom(p, "targetDomain")}.` }, more(p)),
  link_text_mismatch: (p) =>
    plus({ ja: `リンクの表示は ${defangDomain(p.shown!)} ですが、実際の行き先は ${dom(p)} です。`, en: `A link shows ${defangDomain(p.shown!)}, but it really goes to ${dom(p)}.` }, more(p)),
  link_has_your_address: (p) => ({
    ja: `リンクにあなたのメールアドレス（${defangAddress(p.address!)}）が埋め込まれています。開くと、このアドレスが使われていることが相手に伝わります。`,
    en: `Your own address (${defangAddress(p.address!)}) is built into a link: opening it tells the sender your address is in use.`,
  }),
  brand_links_elsewhere: (p) => ({
    ja: `${p.brand}からのメールのように見せていますが、リンク先は${p.brand}ではなく ${url(p)} です。`,
    en: `The mail looks like it is from ${p.brand}, but its link goes to ${url(p)}, not to ${p.brand}.`,
  }),
  pressure: (p) => ({
    ja: `急がせたり脅したりする言葉があります：${quotes(p)}。本物の会社は、このように期限を切って急がせることはほとんどありません。`,
    en: `It tries to rush or scare you: ${quotes(p)}. Real companies rarely set deadlines like this.`,
  }),
  asks_secrets: (p) => ({
    ja: `パスワードやカード情報などの入力を求めています：${quotes(p)}。`,
    en: `It asks for your password, card or personal details: ${quotes(p)}.`,
  }),
  pushes_action: (p) => ({
    ja: `リンクを開かせたり、操作をさせたりしようとしています：${quotes(p)}。`,
    en: `It pushes you to click or act: ${quotes(p)}.`,
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
    ja: `このメールは、${p.brand}のメールサーバー（${dom(p)}）から本当に送られたことが確認できました。`,
    en: `This mail really came from ${p.brand}'s mail servers (${dom(p)}).`,
  }),
  auth_pass_relay: (p) => ({
    ja: `このメールは${p.brand}のサービス（${dom(p)}）を通して届いていますが、共有や招待の通知は誰でも送れるため、内容を${p.brand}が書いたという証明にはなりません。`,
    en: `This mail came through ${p.brand}'s service (${dom(p)}), but anyone can send sharing or invitation notices that way; it does not mean ${p.brand} wrote it.`,
  }),
  auth_fail_brand: (p) => ({
    ja: `差出人は${p.brand}（${dom(p)}）となっていますが、${p.brand}のメールサーバーから送られたものではありません。`,
    en: `The sender says ${p.brand} (${dom(p)}), but this mail did not really come from ${p.brand}'s mail servers.`,
  }),
  forged_official: (p) => ({
    ja: `差出人は${p.brand}の本物のアドレス（${dom(p)}）になっていますが、${p.brand}から送られたことを示すものが何もありません。差出人のアドレスは誰でも自由に書けます。しかもリンクは${p.brand}のサイトではなく ${url(p)} に向かい、ログインやカード情報の入力、支払いを求めています。`,
    en: `The sender shows ${p.brand}'s real address (${dom(p)}), but nothing shows the mail came from ${p.brand} — anyone can type a sender address. Its links go not to ${p.brand}'s site but to ${url(p)}, and it asks you to sign in, confirm card details or pay.`,
  }),
  auth_fail: (p) => ({
    ja: `差出人のドメイン ${dom(p)} のメールサーバーから送られたことを確認できませんでした。差出人が偽られている可能性があります。`,
    en: `This mail could not be confirmed as sent by ${dom(p)}'s mail servers; the sender may be forged.`,
  }),
  brand_name_disguised: (p) => ({
    ja: `「${txt(p.text)}」は、${p.brand}の名前を見た目の似た別の文字で書いています。迷惑メールの検査をすり抜けるための手口です。`,
    en: `"${txt(p.text)}" spells ${p.brand}'s name with look-alike characters, a trick to slip past spam filters.`,
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
    ja: `リンク ${url(p)} は、途中に${p.brand}のアドレス（${dom(p, "shown")}）を含めて本物に見せかけていますが、行き先は別のサイト（${dom(p)}）です。`,
    en: `The link ${url(p)} has ${p.brand}'s address (${dom(p, "shown")}) inside it to look real, but it goes to another site (${dom(p)}).`,
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
    ja: `このメールが本当に ${dom(p)} のメールサーバーから送られたことを確かめられる情報がありません。`,
    en: `Nothing in this mail shows that it really came from ${dom(p)}'s mail servers.`,
  }),
  auth_unknown_official: (p) => ({
    ja: `差出人のアドレスは${p.brand}のもの（${dom(p)}）ですが、このメールには本当に${p.brand}から送られたかを確かめる情報が残っていないため、確認できませんでした。`,
    en: `The sender's address is ${p.brand}'s (${dom(p)}), but this copy carries no proof that it really came from ${p.brand}, so we could not confirm it.`,
  }),
  sender_brand_unlisted_domain: (p) => ({
    ja: `差出人のドメイン ${dom(p)} は${p.brand}の名前を含み、${p.brand}の国別サイトの可能性がありますが、${p.brand}の登録済みドメインではないため確認できませんでした。`,
    en: `The sender's domain ${dom(p)} carries ${p.brand}'s name and may be one of its country sites, but it is not among ${p.brand}'s known domains, so we could not confirm it.`,
  }),
  link_brand_unlisted_domain: (p) =>
    plus(
      {
        ja: `リンク先 ${dom(p)} は${p.brand}の名前を含み、${p.brand}の国別サイトの可能性がありますが、登録済みのドメインではないため確認できませんでした。`,
        en: `A link goes to ${dom(p)}, which carries ${p.brand}'s name and may be one of its country sites; it is not among ${p.brand}'s known domains, so we could not confirm it.`,
      },
      more(p),
    ),
  text_truncated: (p) => ({
    ja: `本文が長いため、最初の${p.chars}文字だけを調べました。`,
    en: `The text is very long; only its first ${p.chars} characters were checked.`,
  }),
};

const WHERE_JA: Record<string, string> = { name: "差出人の名前", subject: "件名", address: "差出人のアドレス", greeting: "宛名" };
const WHERE_EN: Record<string, string> = { name: "sender's name", subject: "subject", address: "sender's address", greeting: "greeting" };
const PLACE_JA: Record<string, string> = { logo: "ロゴ", letterhead: "本文の冒頭", subject: "件名", greeting: "宛名（「〜のお客様」）" };
const PLACE_EN: Record<string, string> = { logo: "logo", letterhead: "first line of the mail", subject: "subject", greeting: "greeting (\"Dear … customer\")" };

function quotes(p: Params): string {
  return (p.phrases ?? "")
    .split("\u0000")
    .filter(Boolean)
    .map((s) => `「${defangText(s, 40)}」`)
    .join("");
}

export function explain(signal: Signal): Bilingual {
  const make = MESSAGES[signal.code];
  if (!make) return { ja: signal.code, en: signal.code };
  return make(signal.params);
}

export const KNOWN_CODES = Object.keys(MESSAGES);
