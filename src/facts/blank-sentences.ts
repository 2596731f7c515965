/**
 * The text with every sentence that holds a match of `re` (a /g pattern) blanked to spaces, its length kept:
 * from the sentence's start (after 。, a line break or ". ") to its end (the nearest 。, line break or ". "
 * after the match's start; with `coverMatch`, never short of the match's own end). Linear: each sentence is
 * found from its match outwards. The promise never to ask (./phrases) and safety advice (./safety-advice)
 * are blanked this way, so the words in them are not read as asked for.
 */
export function blankSentences(text: string, re: RegExp, coverMatch: boolean): string {
  re.lastIndex = 0;
  let out = "";
  let done = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const from = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("\n", m.index), text.lastIndexOf(". ", m.index), done - 1) + 1;
    // (An English sentence ends at its full stop too: "… never ask for your password. Confirm it here" asks.)
    const stop = text.indexOf(". ", m.index);
    const ends = [text.indexOf("。", m.index), text.indexOf("\n", m.index), stop < 0 ? -1 : stop + 1].filter((i) => i >= 0);
    const end = ends.length ? Math.min(...ends) : text.length;
    const to = coverMatch ? Math.max(end, m.index + m[0].length) : end;
    out += text.slice(done, from) + " ".repeat(to - from);
    done = to;
    re.lastIndex = Math.max(re.lastIndex, to);
  }
  return done === 0 ? text : out + text.slice(done);
}
