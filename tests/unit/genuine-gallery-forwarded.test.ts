/**
 * Issue 11: legitimate mail forwarded the way people forward it — attached, and inline by every client shape
 * in cli/forward-shapes.ts (the shapes `npm run forward-eval` measures a corpus with) — is never `dangerous`.
 * Every mail of the genuine gallery (tests/fixtures/genuine/) is forwarded in every shape and checked as the
 * check address receives it: the original must be found under the forwarder's note (where the shape is a
 * forward), and must not be dangerous (nor suspicious, but for the few listed with their reason).
 * Sampled, deterministically: every mail in all 17 shapes is about 5,300 checks — some 10 s alone, but 109 s of
 * the node lane during `npm test` on the shared 2-core machine (six times the gallery test itself); the sample is
 * about 1,050. So mail i (in sorted order) goes through 3
 * consecutive shapes starting at shape 3i mod 17 — each shape gets about 55 mails, each mail 3 shapes — and every
 * gallery forward (fwd*) also goes attached and whole by mutt (the forward of a forward). "direct" is left to
 * tests/unit/genuine-gallery.test.ts. FORWARD_ALL=1 npx vitest run tests/unit/genuine-gallery-forwarded.test.ts
 * runs every mail in every shape (all pass as of this writing).
 * The gallery's own forwards (fwd-*, fwd2-*) forwarded again — attached, or whole by mutt — are forwards of
 * forwards: the innermost mail is judged (src/original/find.ts). Their phishing counterparts stay dangerous below.
 */
import { describe, expect, it } from "vitest";
import { describeOriginal, FORWARD_SHAPES, FORWARDER, forwardAs, type Orig, SHAPES } from "../../cli/forward-shapes";
import { checkMail } from "../../src/check";
import { parseMail } from "../../src/mail/parse";
import { compileRules } from "../../src/rules/compile";
import { defaultRules } from "../../src/rules/default";
import { fixture, fixturePaths } from "../fixtures";
import { check, link } from "../signal-helpers";

const rules = compileRules(defaultRules());
const GALLERY = fixturePaths()
  .filter((p) => p.startsWith("genuine/") && p.endsWith(".eml"))
  .sort();

/** Gallery mails allowed to come out suspicious in a forward shape (never dangerous), with the reason. Keep this tiny. */
const SUSPICIOUS_OK: Record<string, string> = {
  "shop-mailmag-address-in-links": "suspicious directly too (tests/unit/genuine-gallery.test.ts): built like tracked spam",
  "rt-exchange-newsletter-claim-airdrop":
    "'claim your airdrop' is an exchange's own only when authenticated for its domain (src/signals/wallet-lure.ts); an inline forward drops the authentication",
  "rt-vod-mailmag-promise-cinderella-ja": "direct-stripped and mutt-raw-mime only: a picture mail whose text part is read without its headers (picture_only)",
  "mailman-list-post": "direct-stripped only: without List-Id the list's own address as sender reads as 'from you', Reply-To the list",
  "shopify-shop-order": "direct-stripped only: without its transport headers a shop's Shopify mail is a Shopify claim from another domain",
};

/** The shapes tried here ("direct" is the gallery test's), and which mails each one gets. */
const TRIED = Object.keys(SHAPES).filter((s) => s !== "direct");
const FORWARD_ALL = !!process.env.FORWARD_ALL;
const PER_MAIL = 3;
const PLAN = new Map<string, string[]>(TRIED.map((s) => [s, []]));
GALLERY.forEach((path, i) => {
  const picked = new Set(FORWARD_ALL ? TRIED : Array.from({ length: PER_MAIL }, (_, j) => TRIED[(i * PER_MAIL + j) % TRIED.length]!));
  if (path.startsWith("genuine/fwd")) for (const s of ["attached", "mutt-raw-mime"]) picked.add(s);
  for (const s of picked) PLAN.get(s)!.push(path);
});

const originals = new Map<string, Orig>();
async function original(path: string): Promise<Orig> {
  let o = originals.get(path);
  if (!o) {
    const bytes = fixture(path);
    o = describeOriginal(Buffer.from(bytes).toString("latin1"), await parseMail(bytes));
    originals.set(path, o);
  }
  return o;
}

describe("the genuine gallery, forwarded by every client shape", () => {
  it("covers the whole gallery and every shape", () => {
    expect(GALLERY.length).toBeGreaterThanOrEqual(627);
    expect(FORWARD_SHAPES).toContain("attached");
    expect(FORWARD_SHAPES).not.toContain("direct");
    expect(Object.keys(SHAPES).length).toBeGreaterThanOrEqual(14);
  });

  it("the sample gives every shape mails, and every mail shapes", () => {
    for (const shape of TRIED) expect(PLAN.get(shape)?.length ?? 0, shape).toBeGreaterThanOrEqual(FORWARD_ALL ? GALLERY.length : 50);
    expect(new Set([...PLAN.values()].flat()).size).toBe(GALLERY.length);
  });

  for (const shape of TRIED) {
    it(`${shape}: every mail tried is ${FORWARD_SHAPES.includes(shape) ? "found as the forwarded original and " : ""}never dangerous`, async () => {
      const wrong: string[] = [];
      for (const path of PLAN.get(shape) ?? []) {
        const r = await checkMail(forwardAs(shape, await original(path)), rules, { forwarder: FORWARDER });
        const name = path.slice("genuine/".length, -".eml".length);
        const codes = r.reasons.map((x) => x.code).join(",");
        if (FORWARD_SHAPES.includes(shape) && (!r.original?.from?.address || r.original.from.address === FORWARDER)) wrong.push(`${name}: not found as a forward (${r.original?.via})`);
        if (r.verdict === "dangerous") wrong.push(`${name}: dangerous ${r.score} ${codes}`);
        else if (r.verdict === "suspicious" && !SUSPICIOUS_OK[name]) wrong.push(`${name}: suspicious ${r.score} ${codes}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe("the phishing counterparts: forwarded the same ways, still dangerous", () => {
  const PHISH = ["esp-tracker-to-lookalike", "recall-advance-fee-donation", "recall-paypal-text-only-link", "recall-wallet-airdrop"];
  const forwardAgain = async (mail: string | Uint8Array) => {
    const bytes = typeof mail === "string" ? new TextEncoder().encode(mail) : mail;
    return describeOriginal(Buffer.from(bytes).toString("latin1"), await parseMail(bytes));
  };

  it("in every shape, and forwarded inline then attached (or whole by mutt, or inline again): the innermost sender is judged", async () => {
    const wrong: string[] = [];
    for (const name of PHISH) {
      const o = await original(`phishing/${name}.eml`);
      const sender = /<([^>]+)>$/.exec(o.from)?.[1] ?? o.from;
      for (const shape of Object.keys(SHAPES)) {
        const r = await checkMail(forwardAs(shape, o), rules, { forwarder: FORWARDER });
        if (r.verdict !== "dangerous" || r.original?.from?.address !== sender) wrong.push(`${name} ${shape}: ${r.verdict} from ${r.original?.from?.address}`);
      }
      const twice = await forwardAgain(forwardAs("gmail-en", o));
      for (const shape of ["attached", "mutt-raw-mime", "outlook-de"]) {
        const r = await checkMail(forwardAs(shape, twice), rules, { forwarder: FORWARDER });
        if (r.verdict !== "dangerous" || r.original?.from?.address !== sender) wrong.push(`${name} gmail-en then ${shape}: ${r.verdict} from ${r.original?.from?.address}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("an attached mail without a forward block in it is still judged as the attachment, a forward of a forward by its innermost block", async () => {
    const r = await checkMail(forwardAs("attached", await original("phishing/recall-paypal-text-only-link.eml")), rules, { forwarder: FORWARDER });
    expect(r.original?.via).toBe("attachment");
    const again = await checkMail(forwardAs("attached", await original("genuine/fwd2-gmail-ja-mufg-login.eml")), rules, { forwarder: FORWARDER });
    expect(again.original?.via).toBe("inline");
    expect(again.original?.from?.address).not.toMatch(/@(?:gmail\.com|example\.jp)$/);
  });

  it("advance_fee: a newsletter's unsubscribe link (kept by an inline forward) exempts it; any other link does not", () => {
    const letter = {
      from: "Mrs. Helen Whitmore <h.whitmore@stadtwerke-nordheim.example>",
      subject: "Donation Notice",
      text: "Dear Beneficiary, my late husband left the sum of US$ 2,500,000.00 and I have decided to donate this fund to you. Kindly reply to my private email helenwhitmore.foundation@gmail.com with your full name and address.",
    };
    for (const l of [link("https://www.bbc.co.uk/news/world-africa-67012345", "BBC News"), link("https://bit.ly/3xQwErT", "See my photos"), link("https://stadtwerke-nordheim-foundation.top/claim", "Claim your donation")]) {
      const r = check({ ...letter, links: [l] });
      expect(r.signal("advance_fee")?.params.address, l.href).toBe("helenwhitmore.foundation@gmail.com");
      expect(r.verdict, l.href).toBe("dangerous");
    }
    const newsletter = check({ ...letter, links: [link("https://hopewell-kids.us21.list-manage.com/unsubscribe?u=ab12cd34&id=ef56ab78", "Unsubscribe")] });
    expect(newsletter.signal("advance_fee")).toBeUndefined();
  });
});
