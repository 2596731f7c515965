import type { Bilingual } from "../reasons/types";

/**
 * "Look closely: …" — how a lookalike address differs from the real one, from the facts
 * src/verdict/trick.ts found (`kind:a:b` joined by "|"), or nothing. `txt` quotes a fact's letters.
 */
export function trickSentence(facts: string | undefined, txt: (s: string) => string): Bilingual {
  if (!facts) return { ja: "", en: "" };
  const ja: string[] = [];
  const en: string[] = [];
  // Everything the fake adds (a word, a hyphen, a stray letter) is told in one sentence.
  const added: string[] = [];
  for (const fact of facts.split("|")) {
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
