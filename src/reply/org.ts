import type { Language } from "../verdict/language";
import type { ReplyContent } from "./compose";
import { ORG_WORDS, feedbackLine } from "./org-wording";
import { escapeHtml } from "./escape";

export { escapeHtml } from "./escape";

/** Lines added to the end of a reply's text and HTML parts (before </body>). */
export function appendLines(content: ReplyContent, lines: string[]): ReplyContent {
  if (lines.length === 0) return content;
  const html = `<p style="color:#666;font-size:12px">${lines.map(escapeHtml).join("<br>")}</p>\n`;
  const at = content.html.lastIndexOf("</body>");
  return {
    subject: content.subject,
    text: `${content.text.trimEnd()}\n\n${lines.join("\n")}\n`,
    html: at < 0 ? content.html + html : content.html.slice(0, at) + html + content.html.slice(at),
  };
}

/** The organisation line ("ACME の phishcheck / phishcheck for ACME"), or none. */
export function orgLine(orgName: string, first: Language): string[] {
  if (!orgName) return [];
  const second: Language = first === "ja" ? "en" : "ja";
  return [`${ORG_WORDS[first].org(orgName)} / ${ORG_WORDS[second].org(orgName)}`];
}

/** A verdict reply as sent: the organisation line, then — always last — the "this verdict was wrong" line. */
export function finishVerdictReply(content: ReplyContent, first: Language, orgName: string): ReplyContent {
  return appendLines(content, [...orgLine(orgName, first), feedbackLine(first)]);
}

/** The From display name of every reply. */
export function senderName(orgName: string): string {
  return orgName ? `phishcheck (${orgName.replace(/["\\]/g, "")})` : "phishcheck";
}
