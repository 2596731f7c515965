/**
 * Property: no body text ever reaches the reports database. A random marker is written into the
 * body of phishing-like mails (in sentences, in a link's path and query, in the HTML part),
 * forwarded every way; after the mail is answered and its row written, the marker is in no row.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { env } from "cloudflare:test";
import { FakeMessage } from "../helpers";
import { runs } from "../runs";
import { clearTables, deliverAndWait, dumpTables, uniqueSender } from "./org-helpers";

beforeEach(async () => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  await clearTables();
});
afterEach(() => vi.restoreAllMocks());

const CRLF = "\r\n";

function original(marker: string, domain: string): string {
  return [
    `From: "Amazon.co.jp" <account@${domain}>`,
    "To: taro.yamada@example.jp",
    "Subject: Amazonアカウントの確認",
    `Message-ID: <${marker}.orig@${domain}>`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="alt"',
    "",
    "--alt",
    "Content-Type: text/plain; charset=utf-8",
    "",
    `お客様のアカウント ${marker} に異常がありました。24時間以内に確認しないと削除されます。`,
    `https://${domain}/signin/${marker}?id=${marker}`,
    `Your reference: ${marker}`,
    "--alt",
    "Content-Type: text/html; charset=utf-8",
    "",
    `<p>${marker}</p><a href="https://${domain}/x/${marker}">Amazon ${marker}</a>`,
    "--alt--",
    "",
  ].join(CRLF);
}

function forwarded(how: "attached" | "inline" | "redirect", marker: string, domain: string, sender: string): Uint8Array {
  const orig = original(marker, domain);
  if (how === "redirect") return new TextEncoder().encode(orig);
  const head = [`From: ${sender}`, "To: check@phishcheck.example", `Subject: Fwd: check ${Date.now()}`, `Message-ID: <${crypto.randomUUID()}@example.jp>`, "MIME-Version: 1.0"];
  if (how === "attached")
    return new TextEncoder().encode(
      [...head, 'Content-Type: multipart/mixed; boundary="m"', "", "--m", "Content-Type: text/plain; charset=utf-8", "", `note ${marker}`, "--m", "Content-Type: message/rfc822", "", orig, "--m--", ""].join(CRLF),
    );
  const body = orig.split(/\r\n\r\n/).slice(1).join(CRLF);
  return new TextEncoder().encode(
    [...head, "Content-Type: text/plain; charset=utf-8", "", `${marker} is this real?`, "", "---------- Forwarded message ---------", `From: Amazon.co.jp <account@${domain}>`, "Date: Tue, 2 Mar 2021 at 09:14", "Subject: Amazonアカウントの確認", "To: <taro.yamada@example.jp>", "", body].join(CRLF),
  );
}

describe("property: a marker in the body never reaches D1", () => {
  it("attached, inline or redirected; whatever the marker", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9]{12,24}$/),
        fc.constantFrom("attached", "inline", "redirect") as fc.Arbitrary<"attached" | "inline" | "redirect">,
        fc.constantFrom("amazon-account-check.ml", "amzn-verify.tk", "secure-amazon.example.cf"),
        async (marker, how, domain) => {
          await clearTables();
          const sender = uniqueSender("prop");
          const msg = await deliverAndWait(new FakeMessage(forwarded(how, marker, domain, sender), sender));
          expect(msg.replies.length).toBe(1);
          const dump = await dumpTables();
          // A row was written (the property would be empty otherwise), for an alarming verdict with its domains.
          expect(dump).toMatch(/"verdict":"(?:dangerous|suspicious)"/);
          expect(dump).toContain(domain);
          expect(dump).not.toContain(marker);
          expect(dump.toLowerCase()).not.toContain(marker.toLowerCase());
        },
      ),
      { numRuns: runs(24, (env as unknown as { FUZZ_RUNS?: string }).FUZZ_RUNS), seed: 1212 },
    );
  }, 60_000);
});
