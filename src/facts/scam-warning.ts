/**
 * A notice's warning about the scam that imitates it: "ATMで還付金を受け取れる、と電話で言われたら、それは詐欺です",
 * "…というメールは詐欺にご注意ください", "if someone calls to say you can collect a refund at an ATM, it's a scam".
 * A health-insurance union, a city, a bank or a courier quotes the lure's own words to warn about it; those words
 * are not the mail's own ask. Blanked (keeping the length) from the sentence's start to the end of the warning —
 * not beyond it: "詐欺にご注意のうえ、下記URLからログインしてください" still reads the ask after it.
 */
const WARNING =
  /詐欺(?:です|でした|の(?:可能性|おそれ|恐れ)があります)|詐欺(?:メール|電話|サイト|SMS|被害)?に(?:十分)?(?:ご)?(?:注意|気をつけ|気を付け)|\b(?:it'?s|it is|this is|that'?s|that is) (?:a )?(?:scam|fraud)\b|\bc'est une arnaque\b|\bes una estafa\b|\bé (?:um )?golpe\b|\bist (?:ein )?betrug\b/gi;

/** A word every WARNING alternative holds: most text has none, and is not searched further. */
const WARNING_WORD = /詐欺|scam|fraud|arnaque|estafa|golpe|betrug/i;

/** The text with each scam warning blanked from its sentence's start (。, a line break or ". ") to the warning's end. */
export function withoutScamWarnings(text: string): string {
  if (!WARNING_WORD.test(text)) return text;
  WARNING.lastIndex = 0;
  let out = "";
  let done = 0;
  for (let m = WARNING.exec(text); m; m = WARNING.exec(text)) {
    const from = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("\n", m.index), text.lastIndexOf(". ", m.index), done - 1) + 1;
    const to = m.index + m[0].length;
    out += text.slice(done, from) + " ".repeat(to - from);
    done = to;
  }
  return done === 0 ? text : out + text.slice(done);
}
