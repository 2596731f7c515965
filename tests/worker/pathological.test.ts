/**
 * Pathological mails, each built to hit one worst case: they must be answered (one reply), and
 * promptly. Times are printed so a regression shows before it becomes a timeout; the bound is
 * loose (CI machines vary) — in workerd each of these takes well under a second.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { activeRules } from "../../src/rules/store";
import { FakeMessage, deliver, parseReply, testEnv } from "../helpers";
import { nestMultipart, wrapAsAttachment } from "../property/arbitraries";

const enc = new TextEncoder();
const CRLF = "\r\n";
const MB = 1024 * 1024;
/** Generous: a quadratic loop or a backtracking regex on these inputs takes tens of seconds, not 5. */
const LIMIT_MS = 5000;

function mail(headers: string, body: string, contentType = "text/plain; charset=UTF-8"): Uint8Array {
  return enc.encode(
    `From: "Amazon.co.jp" <account@amazon-co-jp-security.ml>${CRLF}To: taro@example.jp${CRLF}Date: Tue, 2 Mar 2021 09:00:00 +0900${CRLF}Message-ID: <p${Math.random()}@x.ml>${CRLF}${headers}MIME-Version: 1.0${CRLF}Content-Type: ${contentType}${CRLF}${CRLF}${body}`,
  );
}

const PHISH = `お客様のアカウントに異常があります。24時間以内に確認してください。${CRLF}https://amazon-co-jp-security.ml/signin${CRLF}`;

const CASES: [string, () => Uint8Array][] = [
  ["multipart nesting 1000 deep", () => nestMultipart(enc.encode(`Content-Type: text/plain; charset=UTF-8${CRLF}${CRLF}${PHISH}`), 1000)],
  ["multipart nesting 1000 deep, never closed", () => {
    let s = `From: a@nest.example.ml${CRLF}Subject: open${CRLF}MIME-Version: 1.0${CRLF}`;
    for (let i = 0; i < 1000; i++) s += `Content-Type: multipart/mixed; boundary="b${i}"${CRLF}${CRLF}--b${i}${CRLF}`;
    return enc.encode(s + PHISH);
  }],
  ["100k links in the text", () => mail("Subject: links\r\n", Array.from({ length: 100_000 }, (_, i) => `https://x${i}.amazon-co-jp-security.ml/a`).join(CRLF))],
  ["100k links in HTML", () => mail("Subject: links\r\n", `<html><body>${'<a href="https://amazon-co-jp-security.ml/x">Amazon</a>'.repeat(100_000)}</body></html>`, "text/html; charset=UTF-8")],
  ["a 1 MB header line", () => mail(`X-Junk: ${"a".repeat(MB)}${CRLF}Subject: big header${CRLF}`, PHISH)],
  ["a 1 MB Subject", () => mail(`Subject: ${"Amazon アカウント ".repeat(MB / 24)}${CRLF}`, PHISH)],
  ["a 1 MB Subject of encoded words", () => mail(`Subject: ${"=?UTF-8?B?44Ki44Kr44Km44Oz44OI?= ".repeat(MB / 32)}${CRLF}`, PHISH)],
  ["a 1 MB From line", () => mail(`Subject: from${CRLF}Reply-To: ${"a@b.ml, ".repeat(MB / 8)}${CRLF}`, PHISH)],
  ["1 MB of NUL and control bytes", () => mail("Subject: nul\r\n", "\u0000\u0001\u0007\u001b".repeat(MB / 4) + PHISH)],
  ["1 MB of invalid UTF-8", () => {
    const head = mail("Subject: bad utf-8\r\n", "");
    const body = new Uint8Array(MB);
    for (let i = 0; i < body.length; i++) body[i] = [0xc3, 0x28, 0xed, 0xa0, 0x80, 0xff][i % 6]!;
    const out = new Uint8Array(head.length + body.length);
    out.set(head);
    out.set(body, head.length);
    return out;
  }],
  ["HTML: 1 MB of '<a'", () => mail("Subject: tags\r\n", "<a".repeat(MB / 2), "text/html; charset=UTF-8")],
  ["HTML: 1 MB of unclosed quoted attributes", () => mail("Subject: quotes\r\n", `<p>${PHISH}</p>${"<a x='".repeat(MB / 6)}`, "text/html; charset=UTF-8")],
  ["HTML: 1 MB of unclosed comments and doctypes", () => mail("Subject: comments\r\n", `<p>${PHISH}</p>${"<!x<!--".repeat(MB / 7)}`, "text/html; charset=UTF-8")],
  ["10k inline forwards, one inside the other", () => mail("Subject: Fwd: Fwd: …\r\n", "---------- Forwarded message ---------\r\nFrom: A <a@b.example.ml>\r\nDate: Tue, Mar 2, 2021\r\nSubject: x\r\nTo: <t@example.jp>\r\n\r\n".repeat(10_000) + PHISH)],
  ["a forwarded attachment inside a forwarded attachment, 50 deep", () => {
    let m = mail("Subject: 【重要】Amazonアカウント\r\n", PHISH);
    for (let i = 0; i < 50; i++) m = wrapAsAttachment(m, "Fwd");
    return m;
  }],
  ["100k empty parts", () => mail("Subject: parts\r\n", `${"--p\r\n\r\n".repeat(100_000)}--p--\r\n`, 'multipart/mixed; boundary="p"')],
  ["a 1 MB base64 line of junk", () => mail("Subject: b64\r\nContent-Transfer-Encoding: base64\r\n", "4pyT!".repeat(MB / 5))],
  ["a 1 MB quoted-printable line of '='", () => mail("Subject: qp\r\nContent-Transfer-Encoding: quoted-printable\r\n", "=".repeat(MB))],
  ["1 MB of short lines", () => mail("Subject: lines\r\n", "x\r\n\r\n".repeat(MB / 5) + PHISH)],
  ["1 MB of one long word (no spaces, no dots)", () => mail("Subject: word\r\n", "a".repeat(MB))],
  ["1 MB of dots and hyphens (domain-like)", () => mail("Subject: dots\r\n", "a.b-".repeat(MB / 4))],
  ["an inline forward whose From and To lines are 100 KB without an @", () =>
    mail("Subject: Fwd: x\r\n", `---------- Forwarded message ---------${CRLF}From: ${"a".repeat(100_000)}${CRLF}Date: Tue, Mar 2, 2021${CRLF}Subject: x${CRLF}To: ${"b".repeat(100_000)}${CRLF}${CRLF}${PHISH}`)],
  ["a subject of 5,000 'Re:' prefixes with spaces between (was exponential in the spam-tag pattern)", () => mail(`Subject: ${"Re:    ".repeat(5000)}x${CRLF}`, PHISH)],
  // Shapes that made one regular expression or another backtrack for seconds to minutes (each fixed):
  ["a From address whose domain is 100k dots", () => enc.encode(`From: a <a@b${".".repeat(100_000)}x.>${CRLF}To: t@example.jp${CRLF}Subject: dots${CRLF}${CRLF}${PHISH}`)],
  ["a subject of 25k '%{' then 50k spaces", () => mail(`Subject: ${"%{".repeat(25_000)}${" ".repeat(50_000)}x${CRLF}`, PHISH)],
  ["a subject with 100k tabs inside", () => mail(`Subject: x${"\t".repeat(100_000)}x${CRLF}`, PHISH)],
  ["a Content-Transfer-Encoding of 200k '('", () => mail(`Content-Transfer-Encoding: ${"(".repeat(200_000)}${CRLF}Subject: cte${CRLF}`, PHISH)],
  ["a header name with 100k tabs", () => mail(`X${"\t".repeat(100_000)}x: y${CRLF}Subject: key${CRLF}`, PHISH)],
  ["an inline forward whose From is 20k '[MAILTO:'", () => mail("Subject: Fwd: x\r\n", `---------- Forwarded message ---------${CRLF}From: ${"[MAILTO:O".repeat(20_000)}\t[MAILTO:A]${CRLF}Subject: x${CRLF}To: t@example.jp${CRLF}${CRLF}${PHISH}`)],
  ["HTML: 500k dashes before a forward marker", () => mail("Subject: dashes\r\n", `<p>${"-".repeat(500_000)}の</p><p>${PHISH}</p>`, "text/html; charset=UTF-8")],
  ["a 120 KB sender name and a 60 KB subject, no spaces and no @", () =>
    enc.encode(`From: "${"a_b".repeat(40_000)}" <x@y.example.ml>${CRLF}To: t@example.jp${CRLF}Subject: ${"Ab..".repeat(15_000)}${CRLF}Message-ID: <p${Math.random()}@x.ml>${CRLF}${CRLF}${PHISH}`)],
];

describe("pathological mails are answered, promptly", () => {
  for (const [name, make] of CASES) {
    it(`${name} (worker.email and checkMail)`, async () => {
      const bytes = make();
      let t = performance.now();
      const msg = await deliver(new FakeMessage(bytes, `p${Math.random()}@example.jp`), testEnv());
      const viaWorker = performance.now() - t;
      expect(msg.replies.length + msg.rejected.length).toBe(1);
      const { firstLine } = await parseReply(msg.replies[0]!);
      expect(firstLine.length).toBeGreaterThan(0);

      const rules = await activeRules(undefined);
      t = performance.now();
      const r = await checkMail(bytes, rules);
      const viaCheck = performance.now() - t;
      console.log(`${name}: ${(bytes.length / MB).toFixed(2)} MB, worker ${viaWorker.toFixed(0)} ms, checkMail ${viaCheck.toFixed(0)} ms → ${r.verdict}${r.error ? ` (${r.error})` : ""}`);
      expect(viaWorker).toBeLessThan(LIMIT_MS);
      expect(viaCheck).toBeLessThan(LIMIT_MS);
    }, 60_000);
  }
});
