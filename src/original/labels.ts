/**
 * The header labels of an inline forward as clients write them (src/original/inline.ts reads the
 * blocks), and the quick test of a whole text for a sender label before a colon.
 */

export type Field = "from" | "to" | "cc" | "subject" | "date" | "replyTo";

// Header labels as clients write them, lower case, spaces collapsed. Union over languages: a label
// only counts inside a block that also has a sender, so "A:" or "De:" alone never starts one.
export const KEYS: Record<string, Field> = {};
const LABELS: [Field, string[]][] = [
  ["from", ["from", "差出人", "送信者", "送信元", "発信者", "von", "de", "da", "van", "发件人", "發件人", "寄件者", "寄件人", "보낸 사람", "보낸사람", "보낸이", "absender", "expéditeur", "remitente", "mittente", "afzender", "remetente"]],
  ["to", ["to", "宛先", "宛て先", "送信先", "an", "à", "a", "para", "aan", "收件人", "收件者", "받는 사람", "받는사람", "destinataire", "destinatario", "destinatari", "empfänger", "ontvanger"]],
  ["cc", ["cc", "kopie", "copie", "copia", "抄送", "副本", "참조"]],
  ["subject", ["subject", "件名", "題名", "タイトル", "betreff", "objet", "sujet", "asunto", "assunto", "oggetto", "onderwerp", "主题", "主題", "主旨", "제목"]],
  ["date", ["date", "sent", "日付", "送信日時", "送信日", "日時", "受信日時", "datum", "gesendet", "envoyé", "fecha", "enviado", "enviada", "data", "inviato", "verzonden", "日期", "发送时间", "發送時間", "寄件日期", "时间", "時間", "날짜", "보낸 날짜"]],
  ["replyTo", ["reply-to", "返信先", "antwort an", "répondre à", "responder a", "responder para", "rispondi a", "antwoord aan"]],
];
for (const [field, labels] of LABELS) for (const l of labels) KEYS[l] = field;

export const SENDER_LABELS = LABELS.find(([f]) => f === "from")![1];
/**
 * A sender label at the end of a short string: SENDER_LABELS, any run of spaces inside a label (as the
 * line reading collapses them), any case. Written out (no RegExp built from data); a test holds it to the list.
 */
export const SENDER_LABEL_END = /(?:from|差出人|送信者|送信元|発信者|von|de|da|van|发件人|發件人|寄件者|寄件人|보낸 +사람|보낸사람|보낸이|absender|expéditeur|remitente|mittente|afzender|remetente)$/iu;
/** The last character of each sender label (lower case: m, n, e, a, r, 人, 者, 元, 람, 이). */
const SENDER_LABEL_LAST = new Set(SENDER_LABELS.map((l) => l.charCodeAt(l.length - 1)));

/**
 * Whether the text may hold a sender line ("From:", "差出人：", "*Von:*" …): a colon with a sender
 * label before it (HEADER_LINE allows spaces, a bold mark and blanks in between). Looser than a
 * header line, never stricter: a text without one has no "from" line, so no forwarded block. Most
 * mails are not forwards, and most colons follow no label ("https:", "Subject:"), so the text is
 * then neither split into lines nor read line by line; each colon costs a look at one character.
 */
export function maySenderLine(text: string): boolean {
  for (const colon of [":", "："])
    for (let j = text.indexOf(colon); j >= 0; j = text.indexOf(colon, j + 1)) {
      let k = j;
      for (let c = text.charCodeAt(k - 1); c === 32 || c === 9 || c === 0xa0 || c === 42; c = text.charCodeAt(k - 1)) k--;
      if (k === 0) continue;
      const last = text.charCodeAt(k - 1);
      // Upper-case ASCII letters compared as lower case (as the reading lower-cases the label).
      if (!SENDER_LABEL_LAST.has(last >= 65 && last <= 90 ? last | 0x20 : last)) continue;
      // A label is at most 19 characters (HEADER_LINE).
      if (SENDER_LABEL_END.test(text.slice(Math.max(0, k - 20), k))) return true;
    }
  return false;
}
