/**
 * Big mails (issue 5): attachments the analysis doesn't need are not decoded, long text is cut and
 * the reply says so — and the verdict and the attachment signal are unchanged. Speed is measured
 * by `npm run bench`, not here: these tests assert behaviour only.
 */
import { describe, expect, it } from "vitest";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { omittedPart, slimMime, TEXT_PART_RAW_LIMIT, zipNames } from "../../src/mail/slim";
import { findOriginal, TEXT_SCAN_LIMIT } from "../../src/original/find";
import { explain } from "../../src/reply/reasons";
import { embeddedRules } from "../../src/rules/store";
import { bigMail, concat, makeZip } from "../../cli/bench-gen";
import { FakeMessage, deliver, parseReply } from "../helpers";

const MB = 1024 * 1024;
const enc = new TextEncoder();
const rules = () => embeddedRules().compiled;

/** The pdf mail of the benchmark forwarded as an attachment, with `inner` in place of the pdf mail. */
function forwardAsAttachment(inner: Uint8Array): Uint8Array {
  return concat(
    "From: Taro Yamada <taro.yamada@example.jp>\r\nTo: check@phishcheck.example\r\nSubject: Fwd: big\r\n",
    `Message-ID: <fwd-${Math.random()}@example.jp>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="outer"\r\n\r\n`,
    "--outer\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nこれは本物ですか？\r\n",
    '--outer\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="fwd.eml"\r\n\r\n',
    inner,
    "\r\n--outer--\r\n",
  );
}

describe("big attachments are not decoded, and still seen", () => {
  it("a 10 MB mail with a zip holding an .exe: dangerous, and the file inside the zip is named", async () => {
    const raw = bigMail("zip", 10 * MB);
    const slim = slimMime(raw);
    expect(slim.omitted).toBe(1);
    expect(slim.bytes.length).toBeLessThan(16 * 1024);

    const mail = await parseMail(raw);
    const original = await findOriginal(mail, "taro.yamada@example.jp");
    expect(original.attachments).toHaveLength(1);
    const [zip] = original.attachments;
    expect(zip!.filename).toBe("invoice-2021-03.zip");
    expect(zip!.mimeType).toBe("application/zip");
    expect(zip!.inner).toEqual(["scan-0001.jpg", "invoice-2021-03.pdf.exe", "readme.txt"]);
    // The size we saw, estimated from the base64 (no decoding): within 1 % of the real one.
    expect(Math.abs(zip!.size - (10 * MB * 57) / 78)).toBeLessThan(0.01 * 10 * MB);

    const result = await checkMail(raw, rules());
    expect(result.verdict).toBe("dangerous");
    const reason = result.reasons.find((r) => r.code === "attachment_dangerous");
    expect(reason && explain(reason).en).toContain("invoice-2021-03[.]pdf[.]exe");
  });

  it("the worker answers a 10 MB mail with a big attachment: one reply, verdict phishing", async () => {
    const msg = await deliver(new FakeMessage(bigMail("pdf", 10 * MB, `big-${Math.random()}@example.jp`), "taro.yamada@example.jp"));
    expect(msg.rejected).toEqual([]);
    expect(msg.replies).toHaveLength(1);
    const { mail } = await parseReply(msg.replies[0]!);
    expect(mail.subject).toMatch(/^\[判定: 危険\]/);
  });

  it("a 25 MB mail forwarded as an attachment: the original is found, its pdf named with its size", async () => {
    const raw = bigMail("rfc822", 25 * MB - 4096);
    expect(slimMime(raw).bytes.length).toBeLessThan(16 * 1024);
    const original = await findOriginal(await parseMail(raw), "taro.yamada@example.jp");
    expect(original.via).toBe("attachment");
    expect(original.from?.address).toBe("amazonjp@emailamazoncojp.cf");
    expect(original.attachments.map((a) => a.filename)).toEqual(["invoice-2021-03.pdf"]);
    expect(original.attachments[0]!.size).toBeGreaterThan(18 * MB);
    expect((await checkMail(raw, rules())).verdict).toBe("dangerous");
  });

  it("a big .html attachment (not base64) is still flagged by its name", async () => {
    const raw = concat(
      'From: "Amazon.co.jp" <info@amazon-co-jp.example.ml>\r\nTo: taro@example.jp\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\n',
      'Content-Type: multipart/mixed; boundary="m"\r\n\r\n--m\r\nContent-Type: text/plain\r\n\r\nSee the attached invoice.\r\n',
      '--m\r\nContent-Type: application/octet-stream; name="invoice.html"\r\nContent-Disposition: attachment; filename="invoice.html"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n',
      `<html>${"<p>padding padding padding</p>\r\n".repeat(20000)}</html>\r\n`,
      "--m--\r\n",
    );
    const slim = slimMime(raw);
    expect(slim.omitted).toBe(1);
    const original = await findOriginal(await parseMail(raw), null);
    expect(original.attachments[0]).toMatchObject({ filename: "invoice.html", mimeType: "application/octet-stream" });
    const result = await checkMail(raw, rules());
    expect(result.reasons.map((r) => r.code)).toContain("attachment_dangerous");
  });

  it("a small zip is listed from its content, a big one from the end of its base64", () => {
    const zip = makeZip([
      { name: "a.txt", data: enc.encode("hello") },
      { name: "請求書.js", data: enc.encode("x") },
    ]);
    expect(zipNames(zip)).toEqual(["a.txt", "請求書.js"]);
    expect(zipNames(zip.subarray(0, zip.length - 1))).toBeUndefined();
    expect(zipNames(new Uint8Array(100))).toBeUndefined();
  });

  it("markers can't be forged: an attachment that looks like one keeps its real size", async () => {
    const raw = concat(
      "From: a@example.jp\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n",
      "--m\r\nContent-Type: text/plain\r\n\r\nhello\r\n",
      '--m\r\nContent-Type: application/octet-stream; name="a.bin"\r\n\r\nphishcheck-omitted:0000:999999:evil.exe\r\n',
      "--m--\r\n",
    );
    const mail = await parseMail(raw);
    expect(omittedPart(mail.attachments[0]!.content)).toBeUndefined();
    const original = await findOriginal(mail, null);
    const content = mail.attachments[0]!.content as ArrayBuffer;
    expect(original.attachments[0]).toMatchObject({ filename: "a.bin", size: content.byteLength });
    expect(original.attachments[0]!.inner).toBeUndefined();
  });
});

describe("long text is cut, and the reply says how much was checked", () => {
  it("a 1 MB text body: only the first TEXT_SCAN_LIMIT characters are scanned, and the reason says so", async () => {
    const raw = bigMail("text", MB);
    const result = await checkMail(raw, rules());
    expect(result.verdict).toBe("dangerous");
    const reason = result.reasons.find((r) => r.code === "text_truncated");
    expect(reason && explain(reason).en).toContain(`first ${TEXT_SCAN_LIMIT} characters`);
    expect(reason && explain(reason).ja).toContain(`最初の${TEXT_SCAN_LIMIT}文字`);
  });

  it("a 10 MB HTML body: cut before parsing, still dangerous, and the cut is reported", async () => {
    const raw = bigMail("html", 10 * MB);
    const slim = slimMime(raw);
    expect(slim.clipped).toBe(true);
    expect(slim.bytes.length).toBeLessThan(TEXT_PART_RAW_LIMIT + 16 * 1024);
    const mail = await parseMail(raw);
    expect(mail.clipped).toBe(true);
    const result = await checkMail(raw, rules());
    expect(result.verdict).toBe("dangerous");
    expect(result.reasons.map((r) => r.code)).toContain("text_truncated");
  });

  it("a text cut inside a forwarded attachment is reported for that original (and our flag header is gone)", async () => {
    const text = "24時間以内にアカウントを確認してください。\r\n".repeat(Math.ceil((3 * MB) / 60));
    const inner = concat(
      'From: "Amazon.co.jp" <amazonjp@emailamazoncojp.cf>\r\nTo: taro@example.jp\r\nSubject: アカウント\r\nMIME-Version: 1.0\r\n',
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nhttps://amazon-jp-owner-check.ml/ap/signin\r\n",
      text,
    );
    const outer = forwardAsAttachment(inner);
    const slim = slimMime(outer);
    expect(slim.clipped).toBe(false); // the forwarder's own note is short
    const mail = await parseMail(outer);
    expect(mail.clipped).toBe(false);
    const original = await findOriginal(mail, "taro@example.jp");
    expect(original.via).toBe("attachment");
    expect(original.truncated).toBe(true);
    expect(original.headers?.some((h) => h.key === "x-phishcheck-clipped")).toBe(false);
    const result = await checkMail(outer, rules());
    expect(result.reasons.map((r) => r.code)).toContain("text_truncated");
  });

  it("a forged clip header is dropped and does nothing", async () => {
    const raw = concat("From: a@example.jp\r\nSubject: x\r\nx-phishcheck-clipped: 123\r\nContent-Type: text/plain\r\n\r\nhello\r\n");
    const mail = await parseMail(raw);
    expect(mail.clipped).toBe(false);
    expect(mail.headers.some((h) => h.key === "x-phishcheck-clipped")).toBe(false);
  });

  it("mails under the limits pass through byte for byte", () => {
    const small = enc.encode("From: a@example.jp\r\nSubject: x\r\n\r\nhello\r\n");
    expect(slimMime(small).bytes).toBe(small);
    const mid = bigMail("text", 200 * 1024);
    expect(slimMime(mid).bytes).toBe(mid);
  });
});
