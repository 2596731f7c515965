/**
 * Synthetic inputs for the benchmark (and the size tests): big mails and big rule sets.
 * No Node APIs here, so tests running inside workerd can use it too. Everything is seeded:
 * the same arguments give the same bytes.
 */
import type { RuleSetInput } from "../src/rules/schema";

/** A small fast PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));
const enc = new TextEncoder();

/** Base64 with CRLF every 76 characters, straight into bytes (fast enough for 25 MB). */
export function base64Lines(data: Uint8Array): Uint8Array {
  const groups = Math.ceil(data.length / 3);
  const chars = groups * 4;
  const out = new Uint8Array(chars + Math.ceil(chars / 76) * 2);
  let o = 0;
  let col = 0;
  for (let i = 0; i < data.length; i += 3) {
    const n = data.length - i;
    const b0 = data[i]!;
    const b1 = n > 1 ? data[i + 1]! : 0;
    const b2 = n > 2 ? data[i + 2]! : 0;
    out[o++] = B64_CODES[b0 >> 2]!;
    out[o++] = B64_CODES[((b0 & 3) << 4) | (b1 >> 4)]!;
    out[o++] = n > 1 ? B64_CODES[((b1 & 15) << 2) | (b2 >> 6)]! : 61;
    out[o++] = n > 2 ? B64_CODES[b2 & 63]! : 61;
    col += 4;
    if (col === 76 || i + 3 >= data.length) {
      out[o++] = 13;
      out[o++] = 10;
      col = 0;
    }
  }
  return out.subarray(0, o);
}

export function randomBytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  const words = new Uint32Array(out.buffer, 0, n >> 2);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  for (let i = words.length * 4; i < n; i++) out[i] = (i * 131) & 255;
  return out;
}

/** Strings (UTF-8) and byte arrays joined into one byte array. */
export function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const bytes = parts.map((p) => (typeof p === "string" ? enc.encode(p) : p));
  const out = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

function crc32(data: Uint8Array): number {
  let c = ~0;
  for (let i = 0; i < data.length; i++) {
    c ^= data[i]!;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A stored (uncompressed) zip of the given files; CRCs are skipped for entries above 64 KB. */
export function makeZip(files: { name: string; data: Uint8Array }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.name);
    const crc = f.data.length <= 65536 ? crc32(f.data) : 0;
    const lh = new DataView(new ArrayBuffer(30));
    lh.setUint32(0, 0x04034b50, true);
    lh.setUint16(4, 20, true);
    lh.setUint16(6, 0x0800, true);
    lh.setUint32(14, crc, true);
    lh.setUint32(18, f.data.length, true);
    lh.setUint32(22, f.data.length, true);
    lh.setUint16(26, name.length, true);
    locals.push(new Uint8Array(lh.buffer), name, f.data);
    const ch = new DataView(new ArrayBuffer(46));
    ch.setUint32(0, 0x02014b50, true);
    ch.setUint16(4, 20, true);
    ch.setUint16(6, 20, true);
    ch.setUint16(8, 0x0800, true);
    ch.setUint32(16, crc, true);
    ch.setUint32(20, f.data.length, true);
    ch.setUint32(24, f.data.length, true);
    ch.setUint16(28, name.length, true);
    ch.setUint32(42, offset, true);
    centrals.push(new Uint8Array(ch.buffer), name);
    offset += 30 + name.length + f.data.length;
  }
  const cdSize = centrals.reduce((n, b) => n + b.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, files.length, true);
  eocd.setUint16(10, files.length, true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  return concat(...locals, ...centrals, new Uint8Array(eocd.buffer));
}

const b64 = (s: string) => {
  const bytes = enc.encode(s);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/.{1,76}/g, "$&\r\n");
};

// The Amazon.co.jp campaign of tests/fixtures/originals (a lookalike sender and link).
const PHISH_LINK = "https://amazon-jp-owner-check.ml/ap/signin?mail=taro.yamada@example.jp&id=83921";
const PHISH_TEXT =
  "お客様\n\n残念ながらAmazonチームはあなたのアカウントが異常状態にあることを発見しました。アカウントを引き続き使用するには、" +
  "Amazon 管理コンソールにログインし、所定の手順に従って情報の信頼性を証明する必要があります。\n\n" +
  `7日以内にアカウントの所有権を証明しない場合、あなたのamazonアカウントは自動的に削除されますのでご注意ください。\n\n所有者の証明 <${PHISH_LINK}>\n\nAmazon.co.jp カスタマーサービス\n`;
const PHISH_HTML =
  `<html><body><div style="max-width:600px"><img src="https://m.media-amazon.com/images/G/09/logo.png" alt="Amazon.co.jp">` +
  `<p>お客様</p><p>残念ながらAmazonチームはあなたのアカウントが異常状態にあることを発見しました。</p>` +
  `<p>7日以内にアカウントの所有権を証明しない場合、あなたのamazonアカウントは自動的に削除されますのでご注意ください。</p>` +
  `<p><a href="${PHISH_LINK.replace(/&/g, "&amp;")}">所有者の証明</a></p>`;

const ORIGINAL_HEAD = [
  "Return-Path: <amazonjp@emailamazoncojp.cf>",
  "Authentication-Results: mx.example.jp;",
  " spf=pass smtp.mailfrom=amazonjp@emailamazoncojp.cf;",
  " dkim=none;",
  " dmarc=none header.from=emailamazoncojp.cf",
  'From: "Amazon.co.jp" <amazonjp@emailamazoncojp.cf>',
  "To: taro.yamada@example.jp",
  "Subject: =?UTF-8?B?44Go44Gm44KC5q6L5b+144Gn44GZ77yBQW1hem9u44Ki44Kr44Km44Oz44OI44Gr55Ww5bi444GM44GC44KK44G+44GZ44CC?=",
  "Date: Tue, 02 Mar 2021 09:14:27 +0900",
  "MIME-Version: 1.0",
].join("\r\n");

/** pdf: a big benign attachment; zip: a zip holding an .exe; html: a huge HTML body; text: a huge text body; rfc822: the pdf mail forwarded as an attachment. */
export type BigKind = "pdf" | "zip" | "html" | "text" | "rfc822";
export const BIG_KINDS: BigKind[] = ["pdf", "zip", "html", "text", "rfc822"];

const FILLER_JA = [
  "今週のおすすめ商品をご紹介します。",
  "期間限定のセール情報をお届けします。",
  "詳しくは店舗スタッフまでお問い合わせください。",
  "新商品が入荷しました。",
  "配送状況はマイページからご確認いただけます。",
];
const FILLER_EN = ["Our picks of the week.", "Limited-time offers on selected items.", "Free shipping on orders over 3,000 yen.", "New arrivals are in store now."];

function fillerHtml(bytes: number, seed: number): string {
  const r = rng(seed);
  const rows: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const row =
      `<tr><td style="padding:4px;border-bottom:1px solid #eee"><a href="https://shop${i % 97}.example.com/item/${i}?ref=nl">` +
      `${FILLER_JA[Math.floor(r() * FILLER_JA.length)]}</a> ${FILLER_EN[Math.floor(r() * FILLER_EN.length)]} &yen;${1000 + i}</td></tr>\n`;
    rows.push(row);
    n += row.length * 1.6; // Japanese takes 3 bytes in UTF-8, base64 adds a third
  }
  return `<table>${rows.join("")}</table>`;
}

function fillerText(bytes: number, seed: number): string {
  const r = rng(seed);
  const lines: string[] = [];
  let n = 0;
  while (n < bytes) {
    const line = `${FILLER_JA[Math.floor(r() * FILLER_JA.length)]}${FILLER_EN[Math.floor(r() * FILLER_EN.length)]}\n`;
    lines.push(line);
    n += line.length * 2.6;
  }
  return lines.join("");
}

function mailWithAttachment(kind: "pdf" | "zip", target: number, messageId: string): Uint8Array {
  const head = [
    ORIGINAL_HEAD,
    `Message-ID: <${messageId}>`,
    'Content-Type: multipart/mixed; boundary="000000000000a7c3e205f1b2c9d4-mix"',
    "",
    "--000000000000a7c3e205f1b2c9d4-mix",
    'Content-Type: multipart/alternative; boundary="000000000000a7c3e005f1b2c9d4-alt"',
    "",
    "--000000000000a7c3e005f1b2c9d4-alt",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(PHISH_TEXT),
    "--000000000000a7c3e005f1b2c9d4-alt",
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    b64(`${PHISH_HTML}</div></body></html>`),
    "--000000000000a7c3e005f1b2c9d4-alt--",
    "",
    "--000000000000a7c3e205f1b2c9d4-mix",
    kind === "pdf" ? 'Content-Type: application/pdf; name="invoice-2021-03.pdf"' : 'Content-Type: application/zip; name="invoice-2021-03.zip"',
    kind === "pdf" ? 'Content-Disposition: attachment; filename="invoice-2021-03.pdf"' : 'Content-Disposition: attachment; filename="invoice-2021-03.zip"',
    "Content-Transfer-Encoding: base64",
    "",
    "",
  ].join("\r\n");
  const tail = "\r\n--000000000000a7c3e205f1b2c9d4-mix--\r\n";
  const room = Math.max(0, target - head.length - tail.length);
  const raw = Math.floor((room / 78) * 57);
  let data: Uint8Array;
  if (kind === "pdf") data = concat("%PDF-1.4\n", randomBytes(Math.max(0, raw - 9), target));
  else {
    const exe = concat("MZ", randomBytes(2048, 7));
    const overhead = 3 * 76 + 3 * 30 + 60 + 22;
    data = makeZip([
      { name: "scan-0001.jpg", data: randomBytes(Math.max(0, raw - exe.length - overhead), target) },
      { name: "invoice-2021-03.pdf.exe", data: exe },
      { name: "readme.txt", data: enc.encode("open the invoice\n") },
    ]);
  }
  return concat(head, base64Lines(data), tail.slice(2));
}

function htmlMail(target: number, messageId: string): Uint8Array {
  const head = [ORIGINAL_HEAD, `Message-ID: <${messageId}>`, "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64", "", ""].join("\r\n");
  const html = `${PHISH_HTML}${fillerHtml(target - head.length - 2000, target)}</div></body></html>`;
  return concat(head, b64(html));
}

function textMail(target: number, messageId: string): Uint8Array {
  const head = [ORIGINAL_HEAD, `Message-ID: <${messageId}>`, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "", ""].join("\r\n");
  return concat(head, b64(`${PHISH_TEXT}\n${fillerText(target - head.length - 2000, target)}`));
}

/** A mail of about `target` bytes (within a few KB) of the given kind; every kind carries the Amazon phish. */
export function bigMail(kind: BigKind, target: number, messageId = `big-${kind}-${target}@example.jp`): Uint8Array {
  if (kind === "pdf" || kind === "zip") return mailWithAttachment(kind, target, messageId);
  if (kind === "html") return htmlMail(target, messageId);
  if (kind === "text") return textMail(target, messageId);
  const outerHead = [
    "From: Taro Yamada <taro.yamada@example.jp>",
    "To: check@phishcheck.example",
    "Subject: Fwd: Amazon",
    "Date: Tue, 02 Mar 2021 10:01:00 +0900",
    `Message-ID: <fwd-${messageId}>`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="Apple-Mail=_5F0A2C6E-3B9D-4A1E-9C7B-2D8E6F1A0B3C"',
    "",
    "--Apple-Mail=_5F0A2C6E-3B9D-4A1E-9C7B-2D8E6F1A0B3C",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "これは本物ですか？",
    "",
    "--Apple-Mail=_5F0A2C6E-3B9D-4A1E-9C7B-2D8E6F1A0B3C",
    'Content-Type: message/rfc822; name="forwarded.eml"',
    'Content-Disposition: attachment; filename="forwarded.eml"',
    "",
    "",
  ].join("\r\n");
  const tail = "\r\n--Apple-Mail=_5F0A2C6E-3B9D-4A1E-9C7B-2D8E6F1A0B3C--\r\n";
  return concat(outerHead, mailWithAttachment("pdf", target - outerHead.length - tail.length, messageId), tail);
}

// ---------------------------------------------------------------------------------------------
// Synthetic rule sets

const ONSETS = ["", "b", "d", "f", "g", "h", "k", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "ts", "br", "kr", "st", "pl"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
const CODAS = ["", "", "", "n", "r", "l", "s", "x"];
const KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

function word(r: () => number, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += ONSETS[Math.floor(r() * ONSETS.length)]! + VOWELS[Math.floor(r() * VOWELS.length)]! + (i === syllables - 1 ? CODAS[Math.floor(r() * CODAS.length)]! : "");
  return w;
}

function kana(r: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += KANA[Math.floor(r() * KANA.length)];
  return s;
}

const SUFFIXES = ["com", "co.jp", "jp", "net", "ne.jp", "or.jp", "com.au", "de", "io", "bank", "co.uk", "info"];
const SUB = ["www", "mail", "login", "secure", "my", "app", "id", "account"];
const CATEGORIES = ["retail", "tech", "email", "social", "payment", "bank", "card", "crypto", "delivery", "telecom", "government", "transport", "streaming", "other"] as const;

const JA_NOUNS = ["アカウント", "お支払い", "ご本人様", "認証", "有効期限", "ログイン", "会員情報", "カード", "ご利用", "セキュリティ", "不正アクセス", "お荷物", "ポイント", "パスワード", "口座", "お届け先", "暗証番号", "請求", "契約", "配送"];
const JA_VERBS = ["を確認してください", "が停止されました", "の更新が必要です", "を至急ご確認ください", "が制限されています", "の再設定をお願いします", "を検知しました", "のお手続きをお願いいたします", "が失効します", "を受け取ってください"];
const JA_PRE = ["", "至急", "本日中に", "24時間以内に", "重要：", "【緊急】", "再度", "速やかに"];
const EN_VERBS = ["verify", "confirm", "update", "unlock", "restore", "validate", "review", "reactivate", "secure", "claim"];
const EN_NOUNS = ["your account", "your payment details", "your identity", "your password", "the parcel", "your card", "billing information", "your mailbox", "your reward", "the invoice"];
const EN_TAIL = ["", "within 24 hours", "immediately", "to avoid suspension", "now", "before it expires", "today", "to continue"];
const KINDS = ["urgency", "threat", "credential", "payment", "action", "reward", "delivery"] as const;

/**
 * The embedded rules plus synthetic ones up to `domains` domains in all (40% official domains of
 * synthetic brands, about 10 each; 30% allow list; 30% block list) and `phrases` phrases in all
 * (60% Japanese, 40% English). Labels are random pronounceable words; valid under RuleSetSchema.
 */
export function syntheticRules(base: RuleSetInput, domains: number, phrases: number, seed = 42): RuleSetInput {
  const r = rng(seed);
  const baseDomains = base.brands.reduce((n, b) => n + b.domains.length, 0) + (base.allowDomains?.length ?? 0) + (base.blockDomains?.length ?? 0);
  const extra = Math.max(0, domains - baseDomains);
  const used = new Set<string>();
  const freshLabel = (min: number, max: number) => {
    for (;;) {
      const w = word(r, min + Math.floor(r() * (max - min + 1)));
      if (w.length >= 3 && w.length <= 30 && !used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
  const host = (label: string) => `${r() < 0.25 ? `${SUB[Math.floor(r() * SUB.length)]}.` : ""}${label}.${SUFFIXES[Math.floor(r() * SUFFIXES.length)]}`;

  const official = Math.round(extra * 0.4);
  const brands: RuleSetInput["brands"] = [...base.brands];
  const brandIds = new Set(base.brands.map((b) => b.id));
  let made = 0;
  while (made < official) {
    const label = freshLabel(2, 4);
    const id = `syn-${label}`.slice(0, 41);
    if (brandIds.has(id)) continue;
    brandIds.add(id);
    const n = Math.min(official - made, 5 + Math.floor(r() * 11));
    const doms = new Set<string>([`${label}.${SUFFIXES[Math.floor(r() * SUFFIXES.length)]}`]);
    while (doms.size < n) doms.add(r() < 0.5 ? host(label) : host(`${label}-${word(r, 1 + Math.floor(r() * 2))}`));
    made += doms.size;
    const cap = label[0]!.toUpperCase() + label.slice(1);
    brands.push({
      id,
      names: { en: [cap, `${cap} ${r() < 0.5 ? "Card" : "Online"}`], ja: [kana(r, 3 + Math.floor(r() * 4))] },
      tokens: label.length >= 5 ? [label] : [label, `${label}${word(r, 1)}`.slice(0, 30)],
      domains: [...doms],
      category: CATEGORIES[Math.floor(r() * CATEGORIES.length)]!,
    });
  }
  const listed = (n: number) => Array.from({ length: n }, () => host(freshLabel(2, 5)));
  const allowDomains = [...(base.allowDomains ?? []), ...listed(Math.round(extra * 0.3))];
  const blockDomains = [...(base.blockDomains ?? []), ...listed(extra - made - Math.round(extra * 0.3))];

  const texts = new Set(base.phrases.map((p) => p.text));
  const morePhrases: RuleSetInput["phrases"] = [...base.phrases];
  while (morePhrases.length < phrases) {
    const ja = r() < 0.6;
    const text = ja
      ? `${JA_PRE[Math.floor(r() * JA_PRE.length)]}${JA_NOUNS[Math.floor(r() * JA_NOUNS.length)]}${JA_VERBS[Math.floor(r() * JA_VERBS.length)]}${r() < 0.7 ? kana(r, 2 + Math.floor(r() * 4)) : ""}`
      : `${EN_VERBS[Math.floor(r() * EN_VERBS.length)]} ${EN_NOUNS[Math.floor(r() * EN_NOUNS.length)]} ${EN_TAIL[Math.floor(r() * EN_TAIL.length)]} ${r() < 0.7 ? word(r, 2) : ""}`.trim();
    if (texts.has(text)) continue;
    texts.add(text);
    morePhrases.push({ text, lang: ja ? "ja" : "en", kind: KINDS[Math.floor(r() * KINDS.length)]!, weight: Math.round(r() * 20) / 10 });
  }
  return { ...base, brands, phrases: morePhrases, allowDomains, blockDomains };
}
