import type { Language } from "../verdict/language";

/**
 * Sentences for running phishcheck for an organisation: the help reply (nothing was forwarded),
 * the feedback line and its thank-you, the organisation's own report addresses, and the
 * "too many checks" notice's subject. Kept apart from wording.ts (the verdict reply's sentences).
 */
export const ORG_WORDS = {
  ja: {
    noticePrefix: "phishcheck",
    pausedTag: "一時停止中",
    helpSubject: "転送のしかた（調べるメールが見つかりませんでした）",
    helpHeadline: "調べるメールが見つかりませんでした。怪しいメールそのものを、このアドレスに転送してください。",
    helpHowTitle: "転送のしかた",
    helpHow: [
      "Gmail（パソコン）：メールを開き、右上の「︙」→「添付ファイルとして転送」。",
      "Outlook：メールを選び、「…」（その他の操作）→「転送」→「添付ファイルとして転送」。",
      "iPhone のメール：メールを開き、返信ボタン（矢印）→「転送」。",
      "Android（Gmail アプリなど）：メールを開き、「︙」→「転送」。",
      "携帯会社のメール（ドコモメール、au メール、ソフトバンクのメールなど）：メールを開き、メニューから「転送」。",
    ],
    helpNotesTitle: "ひとこと",
    helpNotes: [
      "「添付ファイルとして転送」がいちばん正確に調べられますが、ふつうの「転送」でも調べられます。",
      "件名や本文は書き換えずに、そのまま送ってください。スクリーンショットやリンクだけでは調べられないことがあります。",
      "届いたメールのリンクや添付ファイルは、判定が届くまで開かないでください。",
    ],
    thanksSubject: "ご意見ありがとうございます",
    thanksHeadline: "判定についてのご意見を受け取りました。ありがとうございます。",
    thanksBody: "管理者が確認して、判定の改善に使います。このメールへの返信は不要です。",
    footer: "phishcheck からの自動の返信です。",
    reportTo: (addresses: string, org: string) =>
      `報告する場合は、このメールを${org ? `${org}の窓口` : "担当窓口"}（${addresses}）に転送してください。そのあと、メールは削除してかまいません。`,
    org: (name: string) => `${name} の phishcheck`,
    feedbackLine: "判定が違うと思ったら、このメールに「違う」と返信してください（理由も書いてもらえると助かります）。",
  },
  en: {
    noticePrefix: "phishcheck",
    pausedTag: "paused",
    helpSubject: "How to forward a mail to check (none was found)",
    helpHeadline: "We found no mail to check. Please forward the suspicious mail itself to this address.",
    helpHowTitle: "How to forward",
    helpHow: [
      "Gmail (computer): open the mail, click ⋮ at the top right, then \"Forward as attachment\".",
      "Outlook: select the mail, click … (More actions), then Forward → \"Forward as attachment\".",
      "iPhone Mail: open the mail, tap the reply arrow, then \"Forward\".",
      "Android (the Gmail app and others): open the mail, tap ⋮, then \"Forward\".",
      "Japanese carrier mail (docomo mail, au Mail, SoftBank mail): open the mail and choose \"転送\" (Forward) in the menu.",
    ],
    helpNotesTitle: "Good to know",
    helpNotes: [
      "\"Forward as attachment\" lets us check the most, but a plain \"Forward\" works too.",
      "Send it as it is, without editing the subject or text. A screenshot or a bare link may not be enough to check.",
      "Until you get our answer, do not open the mail's links or attachments.",
    ],
    thanksSubject: "Thank you for your note",
    thanksHeadline: "Thank you: we received your note about the verdict.",
    thanksBody: "An administrator will review it to improve the checks. No need to reply to this mail.",
    footer: "This is an automatic reply from phishcheck.",
    reportTo: (addresses: string, org: string) => `To report it, forward it to ${org ? `${org}'s contact` : "your contact"} (${addresses}). Then you can delete it.`,
    org: (name: string) => `phishcheck for ${name}`,
    feedbackLine: 'Wrong verdict? Reply to this mail with "wrong" (and why, if you like).',
  },
} as const satisfies Record<Language, unknown>;

/** The feedback line, both languages on one line, the reader's language first. Every verdict reply ends with it. */
export function feedbackLine(first: Language): string {
  const second: Language = first === "ja" ? "en" : "ja";
  return `${ORG_WORDS[first].feedbackLine} / ${ORG_WORDS[second].feedbackLine}`;
}
