import type { Language } from "../verdict/language";
import type { ReplyContent } from "./compose";
import { appendLines, escapeHtml, orgLine } from "./org";
import { ORG_WORDS } from "./org-wording";

type Block = { headline: string; lists: { title: string; items: string[] }[]; footer: string };

function both(first: Language, block: (l: Language) => Block, subject: (l: Language) => string, orgName: string): ReplyContent {
  const second: Language = first === "ja" ? "en" : "ja";
  const bullet = (l: Language) => (l === "ja" ? "・" : "-");
  const text = (l: Language) => {
    const b = block(l);
    const out = [b.headline, ""];
    for (const list of b.lists) {
      if (list.title) out.push(`${list.title}:`);
      for (const i of list.items) out.push(list.title ? `${bullet(l)} ${i}` : i);
      out.push("");
    }
    out.push(b.footer);
    return out.join("\n");
  };
  const html = (l: Language) => {
    const b = block(l);
    const parts = [`<p style="font-size:18px;font-weight:bold">${escapeHtml(b.headline)}</p>`];
    for (const list of b.lists) {
      if (list.title) parts.push(`<p style="font-weight:bold;margin-bottom:4px">${escapeHtml(list.title)}</p><ul>${list.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`);
      else parts.push(`<p>${list.items.map(escapeHtml).join("<br>")}</p>`);
    }
    parts.push(`<p style="color:#666;font-size:12px">${escapeHtml(b.footer)}</p>`);
    return `<div lang="${l}">${parts.join("\n")}</div>`;
  };
  const divider = first === "ja" ? "English below" : "日本語は下にあります";
  const content: ReplyContent = {
    subject: `[${ORG_WORDS[first].noticePrefix}] ${subject(first)} / ${subject(second)}`,
    text: [text(first), "", `──── ${divider} ────`, "", text(second)].join("\n"),
    html: [
      `<!doctype html><html lang="${first}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5">`,
      html(first),
      `<hr><p style="color:#666">${escapeHtml(divider)}</p>`,
      html(second),
      "</body></html>",
    ].join("\n"),
  };
  return appendLines(content, orgLine(orgName, first));
}

/** The reply to a mail with nothing forwarded in it: how to forward a mail (not a verdict). */
export function composeHelp(first: Language, orgName = ""): ReplyContent {
  return both(
    first,
    (l) => {
      const w = ORG_WORDS[l];
      return { headline: w.helpHeadline, lists: [{ title: w.helpHowTitle, items: [...w.helpHow] }, { title: w.helpNotesTitle, items: [...w.helpNotes] }], footer: w.footer };
    },
    (l) => ORG_WORDS[l].helpSubject,
    orgName,
  );
}

/** The one answer to a reader's note on a verdict ("this verdict was wrong"). */
export function composeThanks(first: Language, orgName = ""): ReplyContent {
  return both(
    first,
    (l) => {
      const w = ORG_WORDS[l];
      return { headline: w.thanksHeadline, lists: [{ title: "", items: [w.thanksBody] }], footer: w.footer };
    },
    (l) => ORG_WORDS[l].thanksSubject,
    orgName,
  );
}
