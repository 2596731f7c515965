/**
 * Issue 11 (parity): Gmail, Outlook, Apple Mail, Thunderbird and K-9 attach the original's attachments to an
 * inline forward — the files themselves. cli/forward-shapes.ts's readOriginal hands the shapes the whole files:
 * parseMail leaves a large attachment's body out (src/mail/slim.ts, a marker of this process in its place), so
 * a forward built from it and written to disk (forward-eval --dump) carried the marker, and a check of that file
 * saw a small unreadable "zip" (attachment_archive) where the mail had a program in a zip.
 * The zips are built here (stored entries, no corpus data).
 */
import { describe, expect, it } from "vitest";
import { FORWARDER, forwardAs, readOriginal } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import PostalMime from "postal-mime";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";

const rules = compileRules(defaultRules());

/** A zip of stored entries, each `size` bytes (the central directory is what zipNames reads). */
function zip(names: string[], size: number): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [i, name] of names.entries()) {
    const n = enc.encode(name);
    const data = Uint8Array.from({ length: size }, (_, k) => (k * 31 + i * 7) & 0xff);
    const local = new Uint8Array(30 + n.length + size);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(18, size, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, n.length, true);
    local.set(n, 30);
    local.set(data, 30 + n.length);
    const central = new Uint8Array(46 + n.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(20, size, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, n.length, true);
    cv.setUint32(42, offset, true);
    central.set(n, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, names.length, true);
  ev.setUint16(10, names.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/** A mail with a text part and one zip attachment, as a mail program sends it. */
function withZip(from: string, subject: string, text: string, file: string, bytes: Uint8Array): Uint8Array {
  const b64 = Buffer.from(bytes).toString("base64").replace(/.{76}/g, "$&\r\n");
  const raw = [
    `From: ${from}`,
    "To: taro.yamada@example.jp",
    `Subject: ${subject}`,
    "Date: Tue, 10 Nov 2026 09:12:00 +0900",
    "Message-ID: <p6.zip@mail.example>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="p6mix"',
    "",
    "--p6mix",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    text,
    "--p6mix",
    `Content-Type: application/zip; name="${file}"`,
    `Content-Disposition: attachment; filename="${file}"`,
    "Content-Transfer-Encoding: base64",
    "",
    b64,
    "--p6mix--",
    "",
  ].join("\r\n");
  return new TextEncoder().encode(raw);
}

/** The forward as written to disk: its bytes (as forward-eval --dump writes a string, UTF-8). */
const asBytes = (m: string | Uint8Array) => (typeof m === "string" ? new TextEncoder().encode(m) : m);

describe("an inline forward carries the original's attachments whole", () => {
  const invoice = zip(["Invoice_2026-11.pdf.exe"], 12 * 1024);
  const phish = withZip("Accounts <billing@invoice-desk.example>", "Invoice overdue", "Please see the attached invoice and pay today.", "Invoice_2026-11.zip", invoice);

  it("the forward's attachment is the original file, byte for byte (not the parse's marker)", async () => {
    const o = await readOriginal(phish);
    const fwd = await PostalMime.parse(asBytes(forwardAs("gmail-en", o)), { attachmentEncoding: "arraybuffer" });
    const att = fwd.attachments.find((a) => a.filename === "Invoice_2026-11.zip");
    expect(att).toBeDefined();
    expect(new Uint8Array(att!.content as ArrayBuffer)).toEqual(invoice);
  });

  it("a program in a zip stays attachment_dangerous in every client shape that carries attachments", async () => {
    const o = await readOriginal(phish);
    for (const shape of ["gmail-en", "outlook-de", "apple-fr", "thunderbird-it", "k9-ko", "outlook-en-text"]) {
      const r = await checkMail(asBytes(forwardAs(shape, o)), rules, { forwarder: FORWARDER });
      expect(r.reasons.map((x) => x.code), shape).toContain("attachment_dangerous");
      expect(r.verdict, shape).toBe("dangerous");
    }
  });

  it("counterpart: a friend's zip of holiday photos forwarded by Gmail stays no_signs", async () => {
    const photos = zip(["IMG_2041.jpg", "IMG_2042.jpg", "IMG_2043.jpg"], 6 * 1024);
    const mail = withZip("Keiko Sato <keiko.sato@gmail.com>", "Photos from Hakone", "Here are the photos from last weekend. See you soon!", "hakone-photos.zip", photos);
    for (const shape of ["gmail-en", "apple-fr", "outlook-de"]) {
      const r = await checkMail(asBytes(forwardAs(shape, await readOriginal(mail))), rules, { forwarder: FORWARDER });
      expect(r.reasons.map((x) => x.code), shape).not.toContain("attachment_dangerous");
      expect(r.verdict, shape).toBe("no_signs");
    }
  });
});
