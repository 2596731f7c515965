/**
 * Generators for hostile and broken mail, shared by the property tests (in workerd) and
 * `npm run fuzz` (cli/fuzz.ts, in Node). Nothing here depends on the runtime: seeds (fixture
 * bytes) are passed in.
 *
 * A case is a mail as bytes plus what the oracle needs to know about it: the domains the mail
 * contains (none of them may come out of a reply undefanged).
 */
import fc from "fast-check";
import { concat } from "../../cli/bench-gen";

const enc = new TextEncoder();
const CRLF = "\r\n";

export type MailCase = {
  bytes: Uint8Array;
  /** Every domain the generated parts of the mail contain (the oracle's "from the mail"). */
  domains: string[];
  /** What was done to the mail, for a readable counterexample. */
  steps: string[];
};

// ---------------------------------------------------------------------------------------------
// Pieces of text: domains, URLs, addresses, HTML, Japanese, control characters.
// ---------------------------------------------------------------------------------------------

const label = fc.stringMatching(/^[a-z][a-z0-9-]{1,10}[a-z0-9]$/);
const tld = fc.constantFrom("ml", "tk", "cf", "com", "jp", "co.jp", "xyz", "top", "net", "info");
/** Domains the reply itself may mention (our fixed texts, brand domains): never generated. */
const RESERVED = /(?:^|\.)(?:amazon|rakuten|antiphishing|apwg|phishcheck|example)\./;

/** Random registrable-looking domains, e.g. "qz-login.secure.ml". */
export const domainArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
  .map(([labels, t]) => [...labels, t].join("."))
  .filter((d) => d.length <= 60 && !RESERVED.test(`${d}.`));

const japanese = fc.constantFrom(
  "【重要】",
  "お客様のアカウント",
  "緊急のお知らせ",
  "24時間以内",
  "ご本人様確認",
  "三井住友カード",
  "ｱﾏｿﾞﾝ",
  "①②③",
  "㈱",
  "〜",
  "アカウントに異常",
  "パスワードを入力",
);
// biome-ignore lint/suspicious/noTemplateCurlyInString: "${x}" is hostile input on purpose
const ascii = fc.constantFrom("Your account", "URGENT", "verify now", "Invoice", "hello", "Re:", "Fwd:", "click here", "(a+)+$", "%s%n", "${x}", "\\");
const odd = fc.constantFrom("\u0000", "\u0007", "\u001b$B", "\u001b(B", "\u200b", "\u202e", "\ufeff", "\ufffd", "\ud83d\ude00", "\u3000", "\t", "&lt;", "&#x3c;a");

/** One piece of hostile text, from the given domains (by index, so the case knows every domain used). */
function hostilePiece(domains: string[]): fc.Arbitrary<string> {
  const d = fc.nat({ max: domains.length - 1 }).map((i) => domains[i]!);
  return fc.oneof(
    { weight: 3, arbitrary: d.map((x) => `https://${x}/login?id=1`) },
    d.map((x) => `http://${x}`),
    d.map((x) => `HTTPS://${x.toUpperCase()}/A`),
    d.map((x) => `www.${x}`),
    { weight: 2, arbitrary: d },
    fc.tuple(label, d).map(([l, x]) => `${l}@${x}`),
    fc.tuple(d, d).map(([x, y]) => `https://${x}@${y}/`),
    fc.tuple(d, d).map(([x, y]) => `https://${x}/r?u=https://${y}/`),
    d.map((x) => `<a href="https://${x}/">${x}</a>`),
    d.map((x) => `<img src="https://${x}/p.png">`),
    d.map((x) => `<script src="//${x}/s.js"></script>`),
    d.map((x) => `javascript:location='https://${x}'`),
    d.map((x) => `hxxps://${x}`),
    d.map((x) => `xhttps://${x}`),
    d.map((x) => x.replace(/\./, "\u200b.")),
    d.map((x) => `<${x}>`),
    fc.constant("<script>alert(1)</script>"),
    fc.constant('"><svg onload=alert(1)>'),
    fc.constant("javascript:alert(1)"),
    fc.constant("data:text/html,<script>alert(1)</script>"),
    japanese,
    ascii,
    odd,
  );
}

function hostileText(domains: string[], max = 6): fc.Arbitrary<string> {
  return fc.array(hostilePiece(domains), { minLength: 1, maxLength: max }).map((p) => p.join(" "));
}

// ---------------------------------------------------------------------------------------------
// Header encodings.
// ---------------------------------------------------------------------------------------------

function b64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** A header value as a mailer might write it: raw UTF-8, one B word, words split mid-character, or Q. */
const headerStyle = fc.constantFrom("raw", "b", "b-split", "q", "b-bad");
function encodeHeader(value: string, style: string): string {
  const bytes = enc.encode(value);
  switch (style) {
    case "b":
      return `=?UTF-8?B?${b64(bytes)}?=`;
    case "b-split": {
      const words: string[] = [];
      for (let i = 0; i < bytes.length; i += 12) words.push(`=?UTF-8?B?${b64(bytes.subarray(i, i + 12))}?=`);
      return words.join(`${CRLF} `);
    }
    case "q":
      return `=?UTF-8?Q?${[...bytes].map((c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : `=${c.toString(16).toUpperCase().padStart(2, "0")}`)).join("")}?=`;
    case "b-bad":
      return `=?x-unknown?B?${b64(bytes).slice(0, -3)}!!?=`;
    default:
      return value.replace(/[\r\n]/g, " ");
  }
}

// ---------------------------------------------------------------------------------------------
// Real-looking generated mails: direct, inline forward, attached, with text / HTML / both.
// ---------------------------------------------------------------------------------------------

type Scenario = {
  domains: string[];
  subject: string;
  name: string;
  senderLocal: string;
  senderDomain: number;
  bodyText: string;
  links: { href: string; text: string }[];
  shape: "text" | "html" | "alternative" | "mixed";
  via: "direct" | "inline" | "attached" | "attached-twice";
  headerStyle: string;
  bodyEncoding: "8bit" | "base64" | "quoted-printable";
  messageId: string;
};

function scenarioArb(): fc.Arbitrary<Scenario> {
  return fc.uniqueArray(domainArb, { minLength: 1, maxLength: 4 }).chain((domains) => {
    const d = fc.nat({ max: domains.length - 1 });
    const link = fc.record({
      href: fc.oneof(
        d.map((i) => `https://${domains[i]}/signin?u=taro@example.jp`),
        d.map((i) => `http://${domains[i]}`),
        fc.constant("javascript:alert(1)"),
        d.map((i) => `https://login.${domains[i]}/a/b?c=d&e=f`),
      ),
      text: hostileText(domains, 2),
    });
    return fc.record({
      domains: fc.constant(domains),
      subject: hostileText(domains),
      name: hostileText(domains, 3),
      senderLocal: label,
      senderDomain: d,
      bodyText: hostileText(domains, 12),
      links: fc.array(link, { minLength: 0, maxLength: 5 }),
      shape: fc.constantFrom("text", "html", "alternative", "mixed"),
      via: fc.constantFrom("direct", "inline", "attached", "attached-twice"),
      headerStyle,
      bodyEncoding: fc.constantFrom("8bit", "base64", "quoted-printable"),
      messageId: fc.stringMatching(/^[a-z0-9.]{4,20}$/),
    });
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function qp(bytes: Uint8Array): string {
  let out = "";
  let line = 0;
  for (const c of bytes) {
    const s = c === 0x0a ? "\r\n" : c >= 33 && c <= 126 && c !== 61 ? String.fromCharCode(c) : c === 32 ? " " : `=${c.toString(16).toUpperCase().padStart(2, "0")}`;
    if (c !== 0x0a && line + s.length > 75) {
      out += "=\r\n";
      line = 0;
    }
    out += s;
    line = c === 0x0a ? 0 : line + s.length;
  }
  return out;
}

function part(contentType: string, body: string, encoding: Scenario["bodyEncoding"]): string {
  const bytes = enc.encode(body);
  const content = encoding === "base64" ? b64(bytes).replace(/.{76}(?=.)/g, `$&${CRLF}`) : encoding === "quoted-printable" ? qp(bytes) : body;
  return `Content-Type: ${contentType}; charset=UTF-8${CRLF}Content-Transfer-Encoding: ${encoding}${CRLF}${CRLF}${content}`;
}

function renderOriginal(s: Scenario): string {
  const sender = `${s.senderLocal}@${s.domains[s.senderDomain]}`;
  const head = [
    `From: ${encodeHeader(s.name, s.headerStyle)} <${sender}>`,
    "To: taro.yamada@example.jp",
    `Subject: ${encodeHeader(s.subject, s.headerStyle)}`,
    "Date: Tue, 02 Mar 2021 09:14:27 +0900",
    `Message-ID: <${s.messageId}@${s.domains[s.senderDomain]}>`,
    "MIME-Version: 1.0",
  ];
  const text = `${s.bodyText}\n\n${s.links.map((l) => `${l.text} ${l.href}`).join("\n")}\n`;
  const html = `<html><body><p>${escapeHtml(s.bodyText)}</p>${s.links.map((l) => `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></p>`).join("")}<p>${s.bodyText}</p></body></html>`;
  const b = `b_${s.messageId.replace(/\./g, "")}`;
  switch (s.shape) {
    case "text":
      return [...head, part("text/plain", text, s.bodyEncoding)].join(CRLF);
    case "html":
      return [...head, part("text/html", html, s.bodyEncoding)].join(CRLF);
    case "alternative":
      return [...head, `Content-Type: multipart/alternative; boundary="${b}"`, "", `--${b}`, part("text/plain", text, s.bodyEncoding), `--${b}`, part("text/html", html, s.bodyEncoding), `--${b}--`, ""].join(CRLF);
    case "mixed":
      return [
        ...head,
        `Content-Type: multipart/mixed; boundary="${b}"`,
        "",
        `--${b}`,
        part("text/plain", text, s.bodyEncoding),
        `--${b}`,
        `Content-Type: application/octet-stream; name="${s.senderLocal}.html.exe"`,
        "Content-Transfer-Encoding: base64",
        `Content-Disposition: attachment; filename="${s.senderLocal}.html.exe"`,
        "",
        "TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAA",
        `--${b}--`,
        "",
      ].join(CRLF);
  }
}

let caseSeq = 0;
function forwardHead(subject: string, contentType: string): string {
  return [
    "From: Taro Yamada <taro.yamada@example.jp>",
    "To: check@phishcheck.example",
    `Subject: Fwd: ${encodeHeader(subject.slice(0, 80), "b")}`,
    "Date: Tue, 02 Mar 2021 10:00:00 +0900",
    `Message-ID: <fwd.${Date.now()}.${caseSeq++}@example.jp>`,
    "MIME-Version: 1.0",
    `Content-Type: ${contentType}`,
  ].join(CRLF);
}

/** Wraps a message as an attachment of a forward (Gmail's "forward as attachment"). */
export function wrapAsAttachment(inner: Uint8Array, subject = "forwarded"): Uint8Array {
  const b = `fwd${caseSeq++}`;
  return concat(
    forwardHead(subject, `multipart/mixed; boundary="${b}"`),
    `${CRLF}${CRLF}--${b}${CRLF}Content-Type: text/plain; charset=UTF-8${CRLF}${CRLF}FYI${CRLF}--${b}${CRLF}Content-Type: message/rfc822${CRLF}Content-Disposition: attachment; filename="original.eml"${CRLF}${CRLF}`,
    inner,
    `${CRLF}--${b}--${CRLF}`,
  );
}

function renderScenario(s: Scenario): Uint8Array {
  const original = renderOriginal(s);
  switch (s.via) {
    case "direct":
      return enc.encode(original);
    case "attached":
      return wrapAsAttachment(enc.encode(original), s.subject);
    case "attached-twice":
      return wrapAsAttachment(wrapAsAttachment(enc.encode(original), s.subject), s.subject);
    case "inline": {
      const sender = `${s.senderLocal}@${s.domains[s.senderDomain]}`;
      const body = [
        "FYI",
        "",
        "---------- Forwarded message ---------",
        `From: ${s.name.replace(/[\r\n]/g, " ")} <${sender}>`,
        "Date: Tue, Mar 2, 2021 at 9:14 AM",
        `Subject: ${s.subject.replace(/[\r\n]/g, " ")}`,
        "To: <taro.yamada@example.jp>",
        "",
        s.bodyText,
        ...s.links.map((l) => `${l.text} ${l.href}`),
        "",
      ].join("\n");
      return enc.encode(`${forwardHead(s.subject, "text/plain; charset=UTF-8")}${CRLF}Content-Transfer-Encoding: 8bit${CRLF}${CRLF}${body.replace(/\n/g, CRLF)}`);
    }
  }
}

/** A real-looking mail (direct, inline-forwarded or attached) full of hostile text; knows its domains. */
export function generatedMailArb(): fc.Arbitrary<MailCase> {
  return scenarioArb().map((s) => ({ bytes: renderScenario(s), domains: s.domains, steps: [`generated ${s.via}/${s.shape}/${s.headerStyle}/${s.bodyEncoding}`] }));
}

// ---------------------------------------------------------------------------------------------
// Mutations: what mailers and attackers do to bytes.
// ---------------------------------------------------------------------------------------------

type Mutation = { name: string; apply: (b: Uint8Array) => Uint8Array };

const decoder = new TextDecoder("latin1");
const asText = (b: Uint8Array) => decoder.decode(b);

/** Splits at the first blank line: [header block, rest]. */
function splitHead(b: Uint8Array): [string, Uint8Array] {
  const text = asText(b.subarray(0, Math.min(b.length, 256 * 1024)));
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return [text, new Uint8Array(0)];
  return [text.slice(0, m.index), b.subarray(m.index)];
}

const LIE_CHARSETS = ["utf-8", "shift_jis", "iso-2022-jp", "euc-jp", "x-unknown", "", "utf-7", "utf-16", "utf-16le", "binary", "ISO-8859-1", "replacement", "hz-gb-2312", "csiso2022kr", "CP932", "windows-31j", "x-sjis", "\"utf-8", "a".repeat(300), "utf-8\u0000"];
const LIE_ENCODINGS = ["base64", "quoted-printable", "7bit", "8bit", "binary", "x-uuencode", "BASE64 ", "garbage", ""];
const BAD_BYTES = [
  [0x00],
  [0x00, 0x00, 0x00, 0x00],
  [0x07, 0x08, 0x0b, 0x0c, 0x1b],
  [0x1b, 0x24, 0x42],
  [0x1b, 0x28, 0x49],
  [0xff, 0xfe],
  [0xef, 0xbb, 0xbf],
  [0xc3, 0x28],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe3, 0x81],
  [0x0d],
  [0x0a],
  [0x0d, 0x0a, 0x0d, 0x0a],
  [0x3d],
  [0x3d, 0x5a, 0x5a],
  [0x2d, 0x2d],
];

const BLOAT_UNITS = [
  "<a",
  "<a x='",
  '<a href="',
  "<!x<!--",
  "<script>",
  "=?UTF-8?B?44GC?= ",
  "-------- Forwarded Message --------\r\nFrom: a@b.example.ml\r\nSubject: x\r\nTo: t@example.jp\r\n\r\n",
  "> From: a@b.example.ml\r\n> Subject: x\r\n> Date: y\r\n",
  "https://x.example.ml/a ",
  "www.",
  "a.b-",
  "a@",
  "&#x1",
  "--b\r\n\r\n",
];

export function mutationArb(donors: Uint8Array[]): fc.Arbitrary<Mutation> {
  const pos = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
  return fc.oneof(
    fc.tuple(pos, fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 8 })).map(([p, v, n]) => ({
      name: `flip ${n}@${p.toFixed(3)}`,
      apply: (b: Uint8Array) => {
        const out = b.slice();
        for (let i = 0; i < n && out.length; i++) out[Math.floor(((p + i * 0.137) % 1) * out.length)] = (v + i * 31) & 0xff;
        return out;
      },
    })),
    pos.map((p) => ({ name: `truncate@${p.toFixed(3)}`, apply: (b: Uint8Array) => b.slice(0, Math.floor(p * b.length)) })),
    fc.tuple(pos, fc.constantFrom(...BAD_BYTES), fc.integer({ min: 1, max: 50 })).map(([p, bytes, times]) => ({
      name: `insert ${bytes.map((x) => x.toString(16)).join(" ")} x${times}@${p.toFixed(3)}`,
      apply: (b: Uint8Array) => {
        const at = Math.floor(p * b.length);
        const ins = new Uint8Array(bytes.length * times);
        for (let i = 0; i < times; i++) ins.set(bytes, i * bytes.length);
        return concat(b.subarray(0, at), ins, b.subarray(at));
      },
    })),
    fc.constantFrom("subject", "from", "message-id", "content-type", "content-transfer-encoding", "mime-version", "to", "date").map((h) => ({
      name: `duplicate ${h}`,
      apply: (b: Uint8Array) => {
        const [head, rest] = splitHead(b);
        const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${h}:`));
        return line ? concat(latin1(`${head}${CRLF}${line}`), rest) : b;
      },
    })),
    fc.constantFrom("drop-close", "rename", "unquote", "empty", "prefix", "dash").map((how) => ({
      name: `boundary ${how}`,
      apply: (b: Uint8Array) => {
        const text = asText(b);
        const m = /boundary="?([^";\r\n]+)"?/i.exec(text);
        if (!m) return b;
        const bd = m[1]!;
        const esc = bd.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        switch (how) {
          case "drop-close":
            return latin1(text.replace(new RegExp(`--${esc}--`, "g"), ""));
          case "rename":
            return latin1(text.replace(`boundary="${bd}"`, `boundary="${bd}x"`).replace(`boundary=${bd}`, `boundary=${bd}x`));
          case "unquote":
            return latin1(text.replace(`boundary="${bd}"`, `boundary=${bd} ; x="`));
          case "empty":
            return latin1(text.replace(/boundary="?[^";\r\n]+"?/i, 'boundary=""'));
          case "prefix":
            return latin1(text.replace(new RegExp(`\\r?\\n--${esc}(?!-)`), `${CRLF}--${bd.slice(0, -1)}`));
          default:
            return latin1(text.replace(new RegExp(`--${esc}`, "g"), `-${bd}`));
        }
      },
    })),
    fc.constantFrom(...LIE_CHARSETS).map((cs) => ({
      name: `charset=${JSON.stringify(cs.slice(0, 20))}`,
      apply: (b: Uint8Array) => latin1(asText(b).replace(/charset="?[^";\s]*"?/gi, `charset=${cs}`)),
    })),
    fc.constantFrom(...LIE_ENCODINGS).map((e) => ({
      name: `cte=${JSON.stringify(e)}`,
      apply: (b: Uint8Array) => latin1(asText(b).replace(/(content-transfer-encoding:)[^\r\n]*/gi, `$1 ${e}`)),
    })),
    fc.constantFrom("!!!", "====", "*", "\u0000", "A", "=A=", " ").map((junk) => ({
      name: `base64 junk ${JSON.stringify(junk)}`,
      apply: (b: Uint8Array) => latin1(asText(b).replace(/([A-Za-z0-9+/]{40})([A-Za-z0-9+/]{36})\r?\n/g, (_m, x: string, y: string) => `${x}${junk}${y.slice(3)}${CRLF}`)),
    })),
    fc.constantFrom("=ZZ", "=\r\n=\r\n", "=", "=3", "=E3=81", "=\n").map((junk) => ({
      name: `qp junk ${JSON.stringify(junk)}`,
      apply: (b: Uint8Array) => latin1(asText(b).replace(/=([0-9A-F]{2})/g, (m, _h, off: number) => (off % 7 === 0 ? junk : m))),
    })),
    fc.constantFrom("lf", "cr", "crlf-doubled").map((how) => ({
      name: `newlines ${how}`,
      apply: (b: Uint8Array) => {
        const t = asText(b);
        return latin1(how === "lf" ? t.replace(/\r\n/g, "\n") : how === "cr" ? t.replace(/\r?\n/g, "\r") : t.replace(/\r\n/g, "\r\r\n"));
      },
    })),
    fc.tuple(fc.constantFrom("Subject", "From", "X-Long", "Content-Type", "References", "To"), fc.integer({ min: 1000, max: 64 * 1024 }), fc.constantFrom("a", "=?UTF-8?B?44GC?= ", "<x@y> ", "あ", "\t", "\u0000")).map(([h, n, unit]) => ({
      name: `long ${h} ${n}`,
      apply: (b: Uint8Array) => concat(`${h}: ${unit.repeat(Math.ceil(n / unit.length))}${CRLF}`, b),
    })),
    fc.constantFrom(
      "Subject: =?ISO-2022-JP?B?GyRCJCIkJCQmGyhC?=",
      "Subject: =?ISO-2022-JP?B?GyRCJCIk?=",
      "Subject: =?Shift_JIS?B?gqCCoo==?= =?Shift_JIS?B?gqQ=?=",
      "Subject: =?UTF-8?B?44GC?==?UTF-8?B?44GE?=",
      "Subject: =?UTF-8?Q?=E3=81?= =?UTF-8?Q?=82?=",
      "Subject: =?EUC-JP?B?pKKkpA==?=",
      `Subject: =?utf-8?b?${"4".repeat(5000)}?=`,
      "Subject: =?bogus?X?abc?=",
      "Subject: =?UTF-8?B??=",
      "Subject: =?=?=?=?=?=?",
    ).map((h) => ({ name: `header ${h.slice(0, 40)}`, apply: (b: Uint8Array) => concat(`${h}${CRLF}`, b) })),
    // Runs of what made parsers slow before: tags, unclosed quotes and comments, encoded words, forwards, links.
    fc.tuple(pos, fc.constantFrom(...BLOAT_UNITS), fc.integer({ min: 1_000, max: 128 * 1024 })).map(([p, unit, n]) => ({
      name: `bloat ${JSON.stringify(unit.slice(0, 16))} ${n}@${p.toFixed(3)}`,
      apply: (b: Uint8Array) => {
        const at = Math.floor(p * b.length);
        return concat(b.subarray(0, at), unit.repeat(Math.ceil(n / unit.length)), b.subarray(at));
      },
    })),
    fc.integer({ min: 1, max: 40 }).map((n) => ({ name: `nest multipart x${n}`, apply: (b: Uint8Array) => nestMultipart(b, n) })),
    fc.integer({ min: 1, max: 4 }).map((n) => ({
      name: `attach x${n}`,
      apply: (b: Uint8Array) => {
        let out = b;
        for (let i = 0; i < n; i++) out = wrapAsAttachment(out);
        return out;
      },
    })),
    fc.tuple(fc.nat({ max: Math.max(0, donors.length - 1) }), pos, pos).map(([d, p, q]) => ({
      name: `splice donor ${d}@${p.toFixed(2)}`,
      apply: (b: Uint8Array) => {
        const donor = donors[d] ?? new Uint8Array(0);
        return concat(b.subarray(0, Math.floor(p * b.length)), donor.subarray(Math.floor(q * donor.length)));
      },
    })),
    fc.constantFrom("Auto-Submitted: auto-replied", "Precedence: bulk", "List-Id: <l.example.com>", "Auto-Submitted: no", "X-Phishcheck: reply", "Content-Type: multipart/report; report-type=delivery-status").map((h) => ({
      name: `add ${h}`,
      apply: (b: Uint8Array) => concat(`${h}${CRLF}`, b),
    })),
  );
}

/** Wraps a message body in `depth` levels of multipart/mixed. */
export function nestMultipart(inner: Uint8Array, depth: number): Uint8Array {
  const opens: string[] = [];
  const closes: string[] = [];
  for (let i = 0; i < depth; i++) {
    const b = `n${i}_${depth}`;
    opens.push(`Content-Type: multipart/mixed; boundary="${b}"${CRLF}${CRLF}--${b}${CRLF}`);
    closes.unshift(`${CRLF}--${b}--${CRLF}`);
  }
  const head = `From: a@nest.example.ml${CRLF}To: check@phishcheck.example${CRLF}Subject: nested${CRLF}MIME-Version: 1.0${CRLF}`;
  return concat(head, ...opens, inner, ...closes);
}

/** Seeds (fixtures and generated mails), then 0–4 mutations. */
export function mutatedMailArb(seeds: Uint8Array[]): fc.Arbitrary<MailCase> {
  const fromSeed = fc.nat({ max: seeds.length - 1 }).map((i) => ({ bytes: seeds[i]!, domains: [] as string[], steps: [`seed ${i}`] }));
  const base = fc.oneof(fromSeed, generatedMailArb());
  return fc.tuple(base, fc.array(mutationArb(seeds), { minLength: 0, maxLength: 4 })).map(([c, ms]) => {
    let bytes = c.bytes;
    for (const m of ms) bytes = m.apply(bytes);
    return { bytes, domains: c.domains, steps: [...c.steps, ...ms.map((m) => m.name)] };
  });
}

/** Random bytes, and random bytes behind a plausible header. */
export const garbageArb: fc.Arbitrary<MailCase> = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 4096 }).map((bytes) => ({ bytes, domains: [], steps: ["random bytes"] })),
  fc.uint8Array({ minLength: 0, maxLength: 4096 }).map((bytes) => ({ bytes: concat(`From: a@b.ml${CRLF}Subject: x${CRLF}${CRLF}`, bytes), domains: [], steps: ["header + random bytes"] })),
);

// ---------------------------------------------------------------------------------------------
// An incoming message for handleEmail, outside the platform.
// ---------------------------------------------------------------------------------------------

/**
 * An incoming message whose headers hold whatever the mail's header block says — NUL, raw
 * 8-bit bytes, 64 KB values — which a real Headers object would refuse or warn about.
 */
export class LooseMessage {
  readonly raw: ReadableStream<Uint8Array>;
  readonly rawSize: number;
  readonly headers: Headers;
  rejected: string[] = [];
  constructor(
    bytes: Uint8Array,
    readonly from: string,
    readonly to = "check@phishcheck.example",
  ) {
    this.rawSize = bytes.byteLength;
    this.raw = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
    const values = new Map<string, string[]>();
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64 * 1024)).split(/\r?\n\r?\n/)[0] ?? "";
    for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
      const m = /^([^:\s]+):\s*(.*)$/.exec(line);
      if (m) values.set(m[1]!.toLowerCase(), [...(values.get(m[1]!.toLowerCase()) ?? []), m[2]!]);
    }
    this.headers = { get: (name: string) => values.get(name.toLowerCase())?.join(", ") ?? null } as Headers;
  }
  setReject(reason: string) {
    this.rejected.push(reason);
  }
}

// ---------------------------------------------------------------------------------------------
// The oracle for a reply: nothing from the mail is clickable or active.
// ---------------------------------------------------------------------------------------------

/** Tags our own HTML uses; anything else in a reply's HTML came from somewhere it must not. */
const OUR_TAGS = new Set(["html", "head", "meta", "body", "div", "p", "br", "hr", "ul", "ol", "li"]);

export type ReplyParts = { subject: string; text: string; html: string };

/** Problems with a reply (empty when it is safe): live schemes, tags from the mail, undefanged domains. */
export function replyProblems(reply: ReplyParts, domains: string[]): string[] {
  const problems: string[] = [];
  for (const [where, s] of Object.entries(reply)) {
    if (/https?:\/\//i.test(s)) problems.push(`${where}: live http(s):// — ${snippet(s, /https?:\/\//i)}`);
    if (/javascript:|vbscript:/i.test(s)) problems.push(`${where}: javascript: — ${snippet(s, /javascript:|vbscript:/i)}`);
    if (/(?<![\p{L}\p{N}])www\.[\p{L}\p{N}]/iu.test(s)) problems.push(`${where}: www. — ${snippet(s, /www\./i)}`);
    if (/<(?:a|script|img|svg|iframe|form|style|object|embed)[\s>/]/i.test(s) && where !== "html") problems.push(`${where}: raw tag — ${snippet(s, /<(?:a|script|img|svg)/i)}`);
    for (const d of domains) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}.-])${d.replace(/\./g, "\\.")}(?![\\p{L}\\p{N}-])`, "iu");
      if (re.test(s)) problems.push(`${where}: undefanged ${d} — ${snippet(s, re)}`);
    }
  }
  for (const m of reply.html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)|<!(?!doctype html>)/gi)) {
    const tag = m[1]?.toLowerCase();
    if (!tag || !OUR_TAGS.has(tag)) problems.push(`html: foreign markup ${JSON.stringify(m[0])} — ${snippet(reply.html, new RegExp(m[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))}`);
  }
  // Text in our HTML is escaped, so every "<…>" is a tag of ours: none may carry a script attribute.
  if (/<[^>]*\son[a-z]+\s*=/i.test(reply.html)) problems.push(`html: event handler attribute — ${snippet(reply.html, /<[^>]*\son[a-z]+\s*=/i)}`);
  return problems;
}

function snippet(s: string, re: RegExp): string {
  const m = re.exec(s);
  if (!m) return "";
  return JSON.stringify(s.slice(Math.max(0, m.index - 40), m.index + 60));
}
