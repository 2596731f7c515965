import type { CheckResult } from "../check";
import type { Language } from "../verdict/language";
import { brandsOwn, confirmsSender } from "../reasons/catalogue";
import type { Verdict } from "../verdict/score";
import { brandName as showBrand, defangAddress, defangText, plainAddress, plainDomain } from "./defang";
import { WORDS, type Words } from "./wording";
import { ORG_WORDS } from "./org-wording";
import { explain } from "./reasons";
import { escapeHtml } from "./escape";
import type { Bilingual } from "../reasons/catalogue";
import type { Reason } from "../verdict/score";

/** Operator settings that change the reply (see src/email/settings.ts). */
export type ComposeOptions = { orgName?: string; reportAddresses?: string[] };
import { readableAddress } from "../text/host";

/** An address as the reader's mail program shows it (punycode decoded), defanged. */
const shownAddress = (a: string): string => defangAddress(readableAddress(a));

/** At most this many reasons are shown: the most important first. */
export const MAX_REASONS = 4;

export type ReplyContent = { subject: string; text: string; html: string };

/** What the reply is about: a verdict, or a notice that stands in for one. */
export type ReplySubject =
  | { kind: "verdict"; result: CheckResult }
  | { kind: "too_big"; limitMb: number; language: Language; subject: string }
  | { kind: "rate_limited"; language: Language; subject: string };

/**
 * Wording of the reply's own (never the mail's) with its HTML escaped once, when the module loads: the
 * headlines, titles, fixed advice and footers are the same in every reply; only what quotes the mail
 * or names its brand is escaped per reply.
 */
type Fixed = { readonly text: string; readonly html: string };
/** A reply line: the reply's own wording (Fixed) or text made for this mail (escaped when written as HTML). */
type Item = string | Fixed;
const fixed = (text: string): Fixed => ({ text, html: escapeHtml(text) });

function fixedWords(w: Words) {
  const s = w.steps;
  return {
    headline: { dangerous: fixed(w.headline.dangerous), suspicious: fixed(w.headline.suspicious), no_signs: fixed(w.headline.no_signs), unreadable: fixed(w.headline.unreadable) },
    why: fixed(w.why),
    good: fixed(w.good),
    weakSigns: fixed(w.weakSigns),
    todo: fixed(w.todo),
    nothingFound: fixed(w.nothingFound),
    tooMany: fixed(w.tooMany),
    steps: { dontClick: fixed(s.dontClick), checkGeneric: fixed(s.checkGeneric), ifEntered: fixed(s.ifEntered), report: fixed(s.report), stillUnsure: fixed(s.stillUnsure), stillUnsureSender: fixed(s.stillUnsureSender), retry: fixed(s.retry) },
    footer: fixed(w.footer),
  };
}
const FIXED = { ja: fixedWords(WORDS.ja), en: fixedWords(WORDS.en) };

const NO_TITLE: Fixed = fixed("");
type Section = { headline: Fixed; lines: { title: Fixed; items: Item[]; numbered?: boolean }[] };

/**
 * What both halves of a reply quote from the mail, rendered once: each reason's sentence (explain
 * renders both languages at once) and the quoted subject and sender. Language-independent, so the
 * second half reads it instead of defanging and rendering everything again.
 */
type Quoted = { said: Map<Reason, Bilingual>; checked?: [subject: string, from: string] };

function verdictSection(w: Words, lang: Language, r: CheckResult, opts: ComposeOptions, q: Quoted): Section {
  const f = FIXED[lang];
  const lines: Section["lines"] = [];
  const checked: string[] = [];
  // The brand's own domains are shown as the reader knows them (never clickable); the rest is defanged.
  const brandDomains = r.brand?.domains ?? (r.brand ? [r.brand.domain] : []);
  const official = new Set(brandDomains);
  const isOfficial = (d: string) => official.has(d.toLowerCase());
  // A sender confirmed as the brand's own (its mail really came from the brand) is not the attacker's text.
  const confirmed = r.reasons.some((x) => confirmsSender(x.code));
  if (r.original && (r.original.subject || r.original.from)) {
    const o = r.original;
    q.checked ??= (() => {
      // A sender with no address shows its name: free text, so defanged as text (it may hold a URL).
      const f = o.from;
      const from = f ? (f.address ? (confirmed ? plainAddress(f.address) : shownAddress(f.address)) : defangText(f.name, 60) || "?") : "?";
      return [defangText(o.subject, 70, isOfficial), from];
    })();
    checked.push(w.checked(...q.checked));
  }
  const say = (x: Reason): string => {
    let s = q.said.get(x);
    if (!s) {
      s = explain(x);
      q.said.set(x, s);
    }
    return s[lang];
  };
  if (checked.length) lines.push({ title: NO_TITLE, items: checked });
  // A reason that repeats one shown before it is left out: one reason per idea.
  const reasons = r.reasons.filter((x) => !x.repeats);
  // A reason confirming the sender speaks for the mail, whatever its points (a public body's pass has none).
  const bad = reasons.filter((x) => (x.points > 0 || (x.severity === "info" && x.points === 0)) && !confirmsSender(x.code));
  const good = reasons.filter((x) => x.points < 0 || confirmsSender(x.code));
  if (r.verdict !== "unreadable") {
    const shown = (r.verdict === "no_signs" ? bad.filter((x) => x.points === 0) : bad).slice(0, MAX_REASONS);
    if (shown.length) lines.push({ title: f.why, items: shown.map(say) });
    // Honest about weak evidence: a "no signs" verdict still names the weak signs it saw, after what
    // speaks for the mail. In mail confirmed as the brand's own, the brand's own words ("secure your
    // account") and its tracking of your address are how its notices are written, not weak signs.
    const weak = r.verdict === "no_signs" ? bad.filter((x) => x.points > 0 && !(confirmed && brandsOwn(x.code))).slice(0, MAX_REASONS) : [];
    if (good.length) lines.push({ title: f.good, items: good.slice(0, 2).map(say) });
    // Nothing at all to report: say what was looked at, so the reply doesn't feel empty.
    else if (r.verdict === "no_signs" && !bad.length) lines.push({ title: NO_TITLE, items: [f.nothingFound] });
    // (Said as weak signs: what the words are about, not that the mail asks or tricks — it may well be genuine.)
    if (weak.length) lines.push({ title: f.weakSigns, items: weak.map((x) => explain({ code: x.code, params: { ...x.params, weak: "1" } })[lang]) });
  }
  const s = w.steps;
  // The advice names the same app and site in both languages: in the English half of a Japanese
  // reply, the Japanese name the mail used follows the English one (NEXCO (ETC利用照会サービス)).
  const both = r.brand && r.language === "ja" && r.brand.ja !== r.brand.en && /[^\x00-\x7f]/.test(r.brand.ja);
  const brandName = !r.brand ? "" : lang === "ja" ? showBrand(r.brand.ja) : showBrand(both ? `${r.brand.en} (${r.brand.ja})` : r.brand.en);
  const brandDomain = r.brand ? plainDomain(r.brand.domain) : "";
  if (r.verdict === "no_signs") {
    // Nothing to do now: a word for the reader who still hesitates, without a "What to do now" heading.
    // (No brand, or one the mail only names — a clinic's note to bring the マイナンバーカード: a city office,
    // a school, a clinic is not "the company" with an app.)
    const fromDomain = r.original?.from?.address?.split("@").pop()?.toLowerCase() ?? "";
    const fromBrand = brandDomains.some((d) => fromDomain === d || fromDomain.endsWith(`.${d}`));
    const advice = !r.brand || (!fromBrand && !confirmed) ? f.steps.stillUnsureSender : !confirmed ? f.steps.stillUnsure : r.notice === "sign_in" ? s.signIn(brandName, brandDomain) : s.stillUnsureBrand(brandName, brandDomain);
    lines.push({ title: NO_TITLE, items: [advice] });
    return { headline: f.headline[r.verdict], lines };
  }
  const check = r.brand ? s.checkBrand(brandName, brandDomain) : f.steps.checkGeneric;
  const steps: Item[] = r.verdict === "dangerous" || r.verdict === "suspicious" ? [f.steps.dontClick, check, f.steps.ifEntered, opts.reportAddresses?.length ? ORG_WORDS[lang].reportTo(opts.reportAddresses.join(", "), opts.orgName ?? "") : f.steps.report] : [f.steps.retry];
  lines.push({ title: f.todo, items: steps, numbered: steps.length > 1 });
  return { headline: f.headline[r.verdict], lines };
}

function section(w: Words, lang: Language, about: ReplySubject, opts: ComposeOptions, q: Quoted): Section {
  if (about.kind === "verdict") return verdictSection(w, lang, about.result, opts, q);
  const f = FIXED[lang];
  if (about.kind === "too_big") return { headline: fixed(w.tooBig(about.limitMb)), lines: [{ title: f.todo, items: [f.steps.dontClick, f.steps.checkGeneric] }] };
  return { headline: f.tooMany, lines: [] };
}

const textOf = (i: Item): string => (typeof i === "string" ? i : i.text);
const htmlOf = (i: Item): string => (typeof i === "string" ? escapeHtml(i) : i.html);

function asText(s: Section, footer: Fixed, bullet: string): string {
  let out = `${s.headline.text}\n`;
  for (const l of s.lines) {
    const title = l.title.text;
    if (title) out += `\n${title}:`;
    for (let i = 0; i < l.items.length; i++) out += title ? `\n${l.numbered ? `${i + 1}.` : bullet} ${textOf(l.items[i]!)}` : `\n${textOf(l.items[i]!)}`;
    out += "\n";
  }
  return `${out}\n${footer.text}`;
}

const COLOURS: Record<Verdict | "notice", string> = {
  dangerous: "#b00020",
  suspicious: "#b36b00",
  no_signs: "#1b5e20",
  unreadable: "#455a64",
  notice: "#455a64",
};

function asHtml(s: Section, footer: Fixed, colour: string): string {
  let out = `<p style="font-size:18px;font-weight:bold;color:${colour}">${s.headline.html}</p>`;
  for (const l of s.lines) {
    if (!l.title.text) {
      out += `\n<p>${l.items.map(htmlOf).join("<br>")}</p>`;
      continue;
    }
    const tag = l.numbered ? "ol" : "ul";
    out += `\n<p style="font-weight:bold;margin-bottom:4px">${l.title.html}</p>\n<${tag}>`;
    for (const i of l.items) out += `<li>${htmlOf(i)}</li>`;
    out += `</${tag}>`;
  }
  return `${out}\n<p style="color:#666;font-size:12px">${footer.html}</p>`;
}

function languageOf(about: ReplySubject): Language {
  return about.kind === "verdict" ? about.result.language : about.language;
}

function subjectLine(about: ReplySubject, w: Words, lang: Language): string {
  // "Too many checks" is a pause, not a verdict.
  if (about.kind === "rate_limited") return `[${ORG_WORDS[lang].noticePrefix}: ${ORG_WORDS[lang].pausedTag}] ${defangText(about.subject, 80)}`.trim();
  // A notice (too big, too many) stands in for a verdict we could not give: "unreadable".
  const verdict: Verdict = about.kind === "verdict" ? about.result.verdict : "unreadable";
  const tag = w.subject[verdict];
  const original = about.kind === "verdict" ? (about.result.original?.subject ?? "") : about.subject;
  const official = new Set(about.kind === "verdict" ? (about.result.brand?.domains ?? []) : []);
  return `[${w.subjectPrefix}: ${tag}] ${defangText(original, 80, (d) => official.has(d))}`.trim();
}

const BULLET: Record<Language, string> = { ja: "・", en: "-" };

/** What stands between and around the two halves, by the first half's language (made once). */
function frameOf(first: Language) {
  const second: Language = first === "ja" ? "en" : "ja";
  return {
    divider: `\n\n──── ${WORDS[first].otherLanguage} ────\n\n`,
    top: `<!doctype html><html lang="${first}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5">\n<div lang="${first}">`,
    middle: `</div>\n<hr><p style="color:#666">${escapeHtml(WORDS[first].otherLanguage)}</p>\n<div lang="${second}">`,
  };
}
const FRAME = { ja: frameOf("ja"), en: frameOf("en") };

/**
 * The reply: the user's language first (the verdict is the first line), then the same in the
 * other language. Everything quoted from the mail is defanged; the HTML has no links at all.
 */
export function composeReply(about: ReplySubject, opts: ComposeOptions = {}): ReplyContent {
  const first = languageOf(about);
  const second: Language = first === "ja" ? "en" : "ja";
  const colour = about.kind === "verdict" ? COLOURS[about.result.verdict] : COLOURS.notice;
  const q: Quoted = { said: new Map() };
  const a = section(WORDS[first], first, about, opts, q);
  const b = section(WORDS[second], second, about, opts, q);
  const frame = FRAME[first];
  const text = `${asText(a, FIXED[first].footer, BULLET[first])}${frame.divider}${asText(b, FIXED[second].footer, BULLET[second])}`;
  const html = `${frame.top}${asHtml(a, FIXED[first].footer, colour)}${frame.middle}${asHtml(b, FIXED[second].footer, colour)}</div>\n</body></html>`;
  return { subject: subjectLine(about, WORDS[first], first), text, html };
}

/** One line for a bounce (setReject), when a reply can't be sent. */
export function rejectLine(about: ReplySubject): string {
  const lang = languageOf(about);
  const w = WORDS[lang];
  const headline = about.kind === "verdict" ? w.headline[about.result.verdict] : about.kind === "too_big" ? w.tooBig(about.limitMb) : w.tooMany;
  return `phishcheck: ${headline}`;
}
