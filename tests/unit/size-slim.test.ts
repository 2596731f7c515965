/**
 * The MIME pre-pass (src/mail/slim.ts) must never change what the analysis reads: on random MIME
 * trees, parsing with it gives the same headers, text, HTML and attachment names/types as
 * postal-mime alone; only the bodies of large attachment parts are replaced, and the size they
 * report is close to the real one.
 */
import fc from "fast-check";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { parseMail } from "../../src/mail/parse";
import { MAX_PARTS, omittedPart, OMIT_MIN_BYTES, slimMime } from "../../src/mail/slim";
import { base64Lines, randomBytes } from "../../cli/bench-gen";
import { runs } from "../runs";

const POSTAL = { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer", maxNestingDepth: 100, maxHeadersSize: 2 * 1024 * 1024 } as const;
const dec = new TextDecoder("latin1");

type Leaf = { kind: "leaf"; type: string; disposition: "" | "inline" | "attachment"; cte: "base64" | "quoted-printable" | "7bit" | ""; size: number; name: string | null };
type Multi = { kind: "multi"; sub: "mixed" | "alternative" | "related"; boundary: string; parts: Node[]; preamble: boolean; closed: boolean };
type Msg = { kind: "message"; inner: Node };
type Node = Leaf | Multi | Msg;

const leafArb: fc.Arbitrary<Leaf> = fc.record({
  kind: fc.constant("leaf" as const),
  type: fc.constantFrom("text/plain", "text/html", "application/pdf", "image/png", "application/zip", "text/csv", "application/octet-stream", "TEXT/PLAIN", ""),
  disposition: fc.constantFrom("" as const, "inline" as const, "attachment" as const),
  cte: fc.constantFrom("base64" as const, "quoted-printable" as const, "7bit" as const, "" as const),
  size: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: OMIT_MIN_BYTES - 50, max: OMIT_MIN_BYTES * 4 })),
  name: fc.constantFrom(null, "a.pdf", "請求書.zip", "x.eml", "report.html"),
});

const boundaryArb = fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,40}$/).filter((b) => !/[ ]$/.test(b));

const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node; multi: Multi; msg: Msg }>((tie) => ({
  node: fc.oneof({ depthSize: "small", maxDepth: 4, withCrossShrink: true }, leafArb, tie("multi"), tie("msg")),
  multi: fc.record({
    kind: fc.constant("multi" as const),
    sub: fc.constantFrom("mixed" as const, "alternative" as const, "related" as const),
    boundary: boundaryArb,
    parts: fc.array(tie("node"), { minLength: 0, maxLength: 4 }),
    preamble: fc.boolean(),
    closed: fc.boolean(),
  }),
  msg: fc.record({ kind: fc.constant("message" as const), inner: tie("node") }),
})).node;

function body(leaf: Leaf, seed: number): string {
  const text = leaf.type.toLowerCase().includes("html") ? "<p>Hello <a href='https://example.com/x'>link</a></p>\n" : "Hello, world = ok. こんにちは\n";
  if (leaf.cte === "base64") return dec.decode(base64Lines(randomBytes(Math.floor((leaf.size * 3) / 4), seed)));
  let s = "";
  while (s.length < leaf.size) s += text;
  if (leaf.cte === "quoted-printable") return s.replace(/[^\x20-\x7e\n]/g, (c) => [...new TextEncoder().encode(c)].map((b) => `=${b.toString(16).toUpperCase()}`).join(""));
  return s.replace(/[^\x00-\x7f]/g, "?");
}

function render(node: Node, eol: string, seed: number, seen: string[] = []): string {
  if (node.kind === "leaf") {
    const h: string[] = [];
    if (node.type || node.name) h.push(`Content-Type: ${node.type || "application/octet-stream"}${node.name ? `; name="${node.name}"` : ""}`);
    if (node.disposition) h.push(`Content-Disposition: ${node.disposition}${node.name ? `; filename="${node.name}"` : ""}`);
    if (node.cte) h.push(`Content-Transfer-Encoding: ${node.cte}`);
    return `${h.join(eol)}${h.length ? eol : ""}${eol}${body(node, seed).replace(/\r?\n/g, eol)}`;
  }
  if (node.kind === "message") {
    return `Content-Type: message/rfc822${eol}${eol}From: inner@example.jp${eol}Subject: inner${eol}MIME-Version: 1.0${eol}${render(node.inner, eol, seed + 1, [])}`;
  }
  const b = seen.includes(node.boundary) ? `${node.boundary}x${seen.length}` : node.boundary;
  const parts = node.parts.map((p, i) => `--${b}${eol}${render(p, eol, seed + i + 7, [...seen, b])}${eol}`).join("");
  return `Content-Type: multipart/${node.sub}; boundary="${b}"${eol}${eol}${node.preamble ? `preamble${eol}` : ""}${parts}${node.closed ? `--${b}--${eol}epilogue${eol}` : ""}`;
}

async function compare(raw: Uint8Array) {
  const a = await PostalMime.parse(raw, POSTAL);
  const b = await parseMail(raw);
  expect(b.headers).toEqual(a.headers);
  expect(b.text ?? "").toEqual(a.text ?? "");
  expect(b.html ?? "").toEqual(a.html ?? "");
  const names = (m: typeof a) => m.attachments.map((x) => [x.filename, x.mimeType, x.disposition, x.contentId ?? null]);
  expect(names(b)).toEqual(names(a));
  b.attachments.forEach((x, i) => {
    const real = (a.attachments[i]!.content as ArrayBuffer).byteLength;
    const omitted = omittedPart(x.content);
    if (omitted) {
      expect(real).toBeGreaterThan(OMIT_MIN_BYTES * 0.5);
      // Estimated without decoding: close for base64, an upper bound for the other encodings.
      expect(omitted.size).toBeGreaterThanOrEqual(real * 0.97 - 8);
      expect(omitted.size).toBeLessThanOrEqual(real * 3.1 + 8);
    } else if (x.mimeType !== "message/rfc822" && !/\.eml$/.test(x.filename ?? "")) {
      expect((x.content as ArrayBuffer).byteLength).toBe(real);
    }
  });
}

describe("the MIME pre-pass changes nothing the analysis reads", () => {
  it("random MIME trees parse the same with and without it (CRLF and LF line ends)", async () => {
    await fc.assert(
      fc.asyncProperty(nodeArb, fc.boolean(), fc.integer({ min: 1, max: 1 << 30 }), async (tree, crlf, seed) => {
        const eol = crlf ? "\r\n" : "\n";
        const raw = new TextEncoder().encode(`From: a@example.jp${eol}To: b@example.jp${eol}Subject: t${eol}MIME-Version: 1.0${eol}${render(tree, eol, seed)}`);
        await compare(raw);
      }),
      { seed: 20261201, numRuns: runs(100), endOnFailure: true },
    );
  }, 60_000);

  it("hand-picked edge cases: first-line boundary, trailing blanks, unclosed parts, reused boundaries, odd headers", async () => {
    const big = dec.decode(base64Lines(randomBytes(20000, 3)));
    const cases = [
      // delimiter straight after the headers, boundary line with trailing spaces and tabs
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b \t\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n${big}--b-- \r\n`,
      // "--b" inside a body that is not a delimiter ("--bx", "--b x"), and a never-closed multipart
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n--bx\r\n--b x\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${big}`,
      // nested multipart reusing the outer boundary: left to postal-mime as is
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b\r\nContent-Type: application/pdf\r\n\r\n${big}--b--\r\n--b--\r\n`,
      // comments, quotes and RFC 2231 in Content-Type: left alone
      `Content-Type: multipart/mixed (c); boundary="b"\r\n\r\n--b\r\nContent-Type: application/pdf\r\n\r\n${big}--b--\r\n`,
      `Content-Type: multipart/mixed; boundary*0="b"; boundary*1="c"\r\n\r\n--bc\r\nContent-Type: application/pdf\r\n\r\n${big}--bc--\r\n`,
      `Content-Type: multipart/mixed; boundary="b"; boundary="c"\r\n\r\n--b\r\nContent-Type: application/pdf\r\n\r\n${big}--b--\r\n`,
      // a text part whose type has a comment, and an attachment whose disposition has one
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain (body)\r\n\r\n${"text ".repeat(4000)}\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment (x); filename=a.pdf\r\n\r\n${big}--b--\r\n`,
      // folded headers, upper-case names, bare LF inside CRLF mail
      `Content-Type: multipart/mixed;\r\n\tboundary="b"\r\n\r\n--b\nCONTENT-TYPE: Application/PDF\r\nContent-Transfer-Encoding: BASE64\r\n\r\n${big}--b--\r\n`,
      // a digest: parts default to message/rfc822
      `Content-Type: multipart/digest; boundary=b\r\n\r\n--b\r\n\r\nFrom: x@example.jp\r\nSubject: in digest\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\nContent-Type: application/pdf\r\n\r\n${big}--c--\r\n--b--\r\n`,
      // an .eml attachment sent as octet-stream, 7bit: walked as a message, never emptied
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/octet-stream; name="fwd.eml"\r\n\r\nFrom: x@example.jp\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\nContent-Type: text/plain\r\n\r\nhello\r\n--c\r\nContent-Type: application/pdf\r\n\r\n${big}--c--\r\n--b--\r\n`,
      // a whole mail that is one attachment
      `Content-Type: application/pdf; name=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${big}`,
    ];
    for (const c of cases) {
      const raw = new TextEncoder().encode(`From: a@example.jp\r\nSubject: edge\r\nMIME-Version: 1.0\r\n${c}`);
      await compare(raw);
    }
    // And the ones that can be emptied are.
    expect(slimMime(new TextEncoder().encode(`Subject: e\r\n${cases[0]}`)).omitted).toBe(1);
    expect(slimMime(new TextEncoder().encode(`Subject: e\r\n${cases[3]}`)).omitted).toBe(0);
  });
});

describe("a mail of very many MIME parts", () => {
  it(`keeps the first ${MAX_PARTS} parts and says the mail was cut; the parts before the cap are still read`, async () => {
    const parts = Array.from({ length: 20_000 }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\n${i === 0 ? "Verify your account at https://evil-login.example.ml/x" : ""}\r\n`).join("");
    const raw = new TextEncoder().encode(`From: a@example.com\r\nTo: b@example.jp\r\nSubject: parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n${parts}--b--\r\n`);
    const slim = slimMime(raw);
    expect(slim.clipped).toBe(true);
    const mail = await parseMail(raw);
    expect(mail.clipped).toBe(true);
    expect(mail.bodyText).toContain("evil-login.example.ml");
  });
});
