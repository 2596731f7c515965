/**
 * Running phishcheck for an organisation (issue 12), through the real worker with a real D1
 * database: colleagues are answered, a note with nothing forwarded gets the help reply, every
 * verdict is recorded as metadata only, a reply to a verdict becomes feedback, a database
 * failure never costs an answer.
 */
import PostalMime from "postal-mime";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { FakeMessage, parseReply, rawMail, testEnv } from "../helpers";
import { fixture } from "../fixtures";
import { ORG_WORDS } from "../../src/reply/org-wording";
import { adminJson, clearTables, deliverAndWait, dumpTables, uniqueSender } from "./org-helpers";

let logSpy: MockInstance<typeof console.log>;
let errSpy: MockInstance<typeof console.error>;
beforeEach(async () => {
  logSpy = vi.spyOn(console, "log").mockImplementation(() => undefined);
  errSpy = vi.spyOn(console, "error").mockImplementation(() => undefined);
  await clearTables();
});
afterEach(() => {
  logSpy.mockRestore();
  errSpy.mockRestore();
});

const logged = () => [...logSpy.mock.calls, ...errSpy.mock.calls].map((c) => JSON.parse(String(c[0])) as Record<string, unknown>);

type Reports = { reports: { id: string; verdict: string; senderDomain: string | null; linkDomains: string[]; subject: string | null; campaign: string | null; via: string; codes: string[] }[]; cursor: string | null };

const FEEDBACK_EN = 'Wrong verdict? Reply to this mail with "wrong" (and why, if you like).';

describe("colleagues in the check address's own domain", () => {
  it("a colleague's forward of the Amazon campaign gets a verdict reply (not silence), and it is recorded", async () => {
    const colleague = uniqueSender("hanako", "phishcheck.example");
    const msg = await deliverAndWait(new FakeMessage(fixture("forwards/gmail-ja.eml"), colleague));
    expect(msg.replies).toHaveLength(1);
    const { mail, text } = await parseReply(msg.replies[0]!);
    expect(mail.subject).toMatch(/^\[判定: 危険\]/);
    expect(msg.replies[0]!.to).toBe(colleague);
    // Every verdict reply ends with the "this verdict was wrong" line.
    expect(text.trimEnd().split(/\r?\n/).at(-1)).toBe(`${ORG_WORDS.ja.feedbackLine} / ${FEEDBACK_EN}`);
    const { reports } = await adminJson<Reports>("/admin/reports");
    expect(reports.map((r) => [r.verdict, r.via, r.senderDomain])).toEqual([["dangerous", "inline", "emailamazoncojp.cf"]]);
  });

  it("the check address itself and our own reply coming back are still silent", async () => {
    const self = await deliverAndWait(new FakeMessage(rawMail({ From: "check@phishcheck.example", Subject: "x" }), "check@phishcheck.example"));
    expect(self.replies).toEqual([]);
    const f = uniqueSender("loop", "phishcheck.example");
    const first = await deliverAndWait(new FakeMessage(fixture("forwards/apple-mail.eml"), f));
    const back = await deliverAndWait(new FakeMessage(new TextEncoder().encode(first.replies[0]!.raw), f));
    expect(back.replies).toEqual([]);
    expect(logged().filter((e) => e.event === "email").map((e) => e.why ?? e.kind)).toEqual(["loop", "verdict", "loop"]);
  });
});

describe("nothing forwarded: the help reply", () => {
  it("a note that forgot the mail gets how-to-forward help in Japanese and English, not a verdict, and no report row", async () => {
    const f = uniqueSender("forgot");
    const subject = `=?UTF-8?B?${btoa(String.fromCharCode(...new TextEncoder().encode("これ怪しいですか？")))}?=`;
    const msg = await deliverAndWait(new FakeMessage(rawMail({ From: `Taro <${f}>`, Subject: subject }, "さっき届いたメール、これ怪しいですか？\r\n\r\n山田"), f));
    expect(msg.replies).toHaveLength(1);
    const { mail, firstLine, text, html } = await parseReply(msg.replies[0]!);
    expect(firstLine).toBe(ORG_WORDS.ja.helpHeadline);
    expect(mail.subject).not.toMatch(/^\[(?:判定|Verdict)/);
    expect(mail.subject).toMatch(/^\[phishcheck\] 転送のしかた/);
    for (const app of ["Gmail", "Outlook", "iPhone", "Android", "ドコモメール", "添付ファイルとして転送", "ふつうの「転送」でも", "Forward as attachment", "a plain \"Forward\" works too"]) expect(text).toContain(app);
    expect(html).toContain("iPhone");
    expect(text).not.toContain(FEEDBACK_EN);
    expect(await dumpTables()).toBe("[[],[]]");
    expect(logged().find((e) => e.event === "email")).toMatchObject({ action: "reply", kind: "help" });
  });

  it("a redirected mail (the From is someone else, no note of the sender's own) is checked", async () => {
    const f = uniqueSender("redirect");
    const msg = await deliverAndWait(new FakeMessage(fixture("originals/amazon-campaign.eml"), f));
    const { mail } = await parseReply(msg.replies[0]!);
    expect(mail.subject).toMatch(/^\[判定: 危険\]/);
  });

  it("a note of the sender's own with a pasted link is checked (the link is something to look at)", async () => {
    const f = uniqueSender("pasted");
    const msg = await deliverAndWait(new FakeMessage(rawMail({ From: f, Subject: "is this real?" }, "I got this link: https://amazon-jp-owner-check.ml/ap/signin"), f));
    const { mail } = await parseReply(msg.replies[0]!);
    expect(mail.subject).toMatch(/^\[Verdict: /);
  });

  it("an empty mail gets the help reply in DEFAULT_LANGUAGE", async () => {
    const f = uniqueSender("empty");
    const bytes = new TextEncoder().encode(`From: ${f}\r\nTo: check@phishcheck.example\r\nMessage-ID: <empty-${Date.now()}@example.jp>\r\n\r\n`);
    const msg = await deliverAndWait(new FakeMessage(bytes, f), testEnv({ DEFAULT_LANGUAGE: "ja" }));
    expect((await parseReply(msg.replies[0]!)).firstLine).toBe(ORG_WORDS.ja.helpHeadline);
  });
});

describe("the seed's Amazon campaign in the reports database", () => {
  it("appears in /admin/reports and /admin/campaigns with emailamazoncojp.cf; no sentence of its body is stored or returned", async () => {
    const raw = fixture("originals/amazon-campaign.eml");
    await deliverAndWait(new FakeMessage(raw, uniqueSender("r1")));
    await deliverAndWait(new FakeMessage(fixture("forwards/attached.eml"), uniqueSender("r2")));

    const reports = await adminJson<Reports>("/admin/reports?verdict=dangerous");
    expect(reports.reports).toHaveLength(2);
    for (const r of reports.reports) {
      expect(r.senderDomain).toBe("emailamazoncojp.cf");
      expect(r.linkDomains).toContain("amazon-jp-owner-check.ml");
      expect(r.subject).toBe("とても残念です！Amazonアカウントに異常があります。");
    }
    const campaigns = await adminJson<{ campaigns: { key: string; reports: number; reporters: number; senderDomain: string; suggestedOps: unknown[]; verdicts: Record<string, number> }[] }>("/admin/campaigns");
    expect(campaigns.campaigns).toHaveLength(1);
    const c = campaigns.campaigns[0]!;
    expect(c).toMatchObject({ reports: 2, reporters: 2, senderDomain: "emailamazoncojp.cf", verdicts: { dangerous: 2 } });
    expect(c.key).toContain("emailamazoncojp.cf");
    expect(c.suggestedOps).toEqual([
      { op: "add_block_domain", domain: "emailamazoncojp.cf" },
      { op: "add_block_domain", domain: "amazon-jp-owner-check.ml" },
    ]);
    const byCampaign = await adminJson<Reports>(`/admin/reports?campaign=${encodeURIComponent(c.key)}`);
    expect(byCampaign.reports).toHaveLength(2);

    // The body, sentence by sentence: in no row, in no admin answer.
    const body = (await PostalMime.parse(raw)).text ?? "";
    const sentences = body.split(/[。\n]/).map((s) => s.trim()).filter((s) => s.length >= 8);
    expect(sentences.length).toBeGreaterThan(3);
    const everything = [
      await dumpTables(),
      JSON.stringify(reports),
      JSON.stringify(campaigns),
      JSON.stringify(await adminJson("/admin/stats?days=7")),
      JSON.stringify(await adminJson("/admin/feedback")),
    ].join("\n");
    for (const s of sentences) expect(everything).not.toContain(s);
    expect(everything).not.toContain("taro.yamada");
    expect(everything).not.toContain("/ap/signin");
  });

  it("a no-signs verdict is recorded without sender, links, subject or campaign", async () => {
    await deliverAndWait(new FakeMessage(fixture("misc/genuine-amazon-attached.eml"), uniqueSender("genuine")));
    const row = await (await import("./org-helpers")).db().prepare("SELECT * FROM reports").first<Record<string, unknown>>();
    expect(row).toMatchObject({ verdict: "no_signs", sender_domain: null, link_domains: null, subject: null, campaign: null, brand: "amazon" });
    expect(String(row!.reporter)).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof row!.reply_message_id).toBe("string");
  });
});

describe("this verdict was wrong: feedback", () => {
  it("replying 「違う」 to a verdict is thanked once and shows in /admin/feedback with the reader's own words only", async () => {
    const f = uniqueSender("disagree");
    const first = await deliverAndWait(new FakeMessage(fixture("forwards/attached.eml"), f));
    const verdictReply = await PostalMime.parse(first.replies[0]!.raw);
    const ourId = verdictReply.messageId!;
    expect(ourId).toMatch(/^<verdict\.[0-9a-f-]{36}@phishcheck\.example>$/);

    const quoted = (verdictReply.text ?? "").split(/\r?\n/).map((l) => `> ${l}`).join("\r\n");
    const note = "違う。これは会社の本物のお知らせです。";
    const reply = rawMail(
      { From: f, Subject: "Re: [判定: 危険] verdict", "In-Reply-To": ourId, References: `<fw1@example.jp> ${ourId}` },
      `${note}\r\n\r\n2026年12月1日(火) 12:00 phishcheck <check@phishcheck.example>:\r\n${quoted}`,
    );
    const back = await deliverAndWait(new FakeMessage(reply, f));
    expect(back.replies).toHaveLength(1);
    const thanks = await parseReply(back.replies[0]!);
    expect(thanks.firstLine).toBe(ORG_WORDS.ja.thanksHeadline);
    expect(thanks.mail.subject).not.toMatch(/\[(?:判定|Verdict)/);
    expect(logged().filter((e) => e.event === "email").map((e) => e.kind)).toEqual(["verdict", "feedback"]);

    const { feedback } = await adminJson<{ feedback: { note: string; reviewed: boolean; report: { verdict: string; senderDomain: string } }[] }>("/admin/feedback");
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ note, reviewed: false, report: { verdict: "dangerous", senderDomain: "emailamazoncojp.cf" } });

    // The same reply delivered again is not thanked twice.
    const again = await deliverAndWait(new FakeMessage(reply, f));
    expect(again.replies).toEqual([]);
  });

  it("an English Gmail-style reply: the quoted verdict and the 'On … wrote:' line are stripped", async () => {
    const f = uniqueSender("wrong");
    const first = await deliverAndWait(new FakeMessage(fixture("forwards/outlook-en.eml"), f));
    const ourId = (await PostalMime.parse(first.replies[0]!.raw)).messageId!;
    const reply = rawMail(
      { From: f, Subject: "Re: verdict", "In-Reply-To": ourId },
      "wrong - this is from our travel agency\r\n\r\nOn Tue, Dec 1, 2026 at 12:00 PM phishcheck <\r\ncheck@phishcheck.example> wrote:\r\n> This is a phishing (scam) mail.\r\n",
    );
    await deliverAndWait(new FakeMessage(reply, f));
    const { feedback } = await adminJson<{ feedback: { note: string }[] }>("/admin/feedback");
    expect(feedback.map((x) => x.note)).toEqual(["wrong - this is from our travel agency"]);
  });
});

describe("a database failure never costs an answer", () => {
  it("D1 throwing on every call: the verdict reply is still sent, and the failure is logged", async () => {
    const broken = new Proxy({}, { get: () => () => { throw new Error("D1_ERROR: database unavailable"); } }) as D1Database;
    const f = uniqueSender("d1down");
    const msg = await deliverAndWait(new FakeMessage(fixture("forwards/apple-mail.eml"), f), testEnv({ DB: broken }));
    expect(msg.replies).toHaveLength(1);
    expect((await parseReply(msg.replies[0]!)).mail.subject).toMatch(/^\[判定: 危険\]/);
    expect(logged()).toContainEqual(expect.objectContaining({ event: "db_error", what: "report" }));
  });

  it("D1 rejecting asynchronously (a feedback lookup): the thank-you is still sent", async () => {
    const broken = { prepare: () => ({ bind: () => ({ first: () => Promise.reject(new Error("D1 timeout")), run: () => Promise.reject(new Error("D1 timeout")) }) }) } as unknown as D1Database;
    const f = uniqueSender("d1slow");
    const reply = rawMail({ From: f, Subject: "Re: x", "In-Reply-To": `<verdict.${crypto.randomUUID()}@phishcheck.example>` }, "wrong");
    const msg = await deliverAndWait(new FakeMessage(reply, f), testEnv({ DB: broken }));
    expect(msg.replies).toHaveLength(1);
    expect(logged()).toContainEqual(expect.objectContaining({ event: "db_error", what: "feedback" }));
  });
});

describe("operator settings", () => {
  it("ORG_NAME and REPORT_ADDRESSES appear in the verdict reply; the feedback line stays last", async () => {
    const e = testEnv({ ORG_NAME: "ACME 株式会社", REPORT_ADDRESSES: "it-desk@acme.example, soc@acme.example" });
    const msg = await deliverAndWait(new FakeMessage(fixture("forwards/gmail-ja.eml"), uniqueSender("org")), e);
    const { text, mail } = await parseReply(msg.replies[0]!);
    expect(text).toContain("ACME 株式会社の窓口（it-desk@acme.example, soc@acme.example）に転送してください");
    expect(text).toContain("To report it, forward it to ACME 株式会社's contact (it-desk@acme.example, soc@acme.example).");
    expect(text).not.toContain("info@antiphishing.jp");
    expect(text).toContain("ACME 株式会社 の phishcheck / phishcheck for ACME 株式会社");
    expect(text.trimEnd().split(/\r?\n/).at(-1)).toContain(FEEDBACK_EN);
    expect(mail.from?.name).toBe("phishcheck (ACME 株式会社)");
  });

  it("without REPORT_ADDRESSES the national report addresses are named", async () => {
    const msg = await deliverAndWait(new FakeMessage(fixture("forwards/gmail-ja.eml"), uniqueSender("national")));
    const { text } = await parseReply(msg.replies[0]!);
    expect(text).toContain("info@antiphishing.jp");
    expect(text).toContain("reportphishing@apwg.org");
  });

  it("bad values are logged clearly and replaced by defaults; the mail is still answered", async () => {
    const e = testEnv({ REPORT_ADDRESSES: "not an address", RETENTION_DAYS: "ninety", DEFAULT_LANGUAGE: "fr", SECURITY_TEAM_ADDRESS: "check@phishcheck.example", ORG_NAME: "x".repeat(200) });
    const msg = await deliverAndWait(new FakeMessage(fixture("forwards/gmail-ja.eml"), uniqueSender("badvars")), e);
    expect(msg.replies).toHaveLength(1);
    expect((await parseReply(msg.replies[0]!)).text).toContain("info@antiphishing.jp");
    expect(msg.forwarded).toEqual([]);
  });

  it("SECURITY_TEAM_ADDRESS gets every dangerous original (message.forward) with the verdict in X- headers; no-signs mail is not sent", async () => {
    class TeamMessage extends FakeMessage {
      headersSent: Headers[] = [];
      override async forward(to: string, headers?: Headers) {
        this.headersSent.push(headers ?? new Headers());
        return super.forward(to);
      }
    }
    const e = testEnv({ SECURITY_TEAM_ADDRESS: "soc@acme.example" });
    const bad = (await deliverAndWait(new TeamMessage(fixture("forwards/attached.eml"), uniqueSender("team")), e)) as TeamMessage;
    expect(bad.replies).toHaveLength(1);
    expect(bad.forwarded).toEqual(["soc@acme.example"]);
    expect(bad.headersSent[0]!.get("x-phishcheck-verdict")).toBe("dangerous");
    expect(bad.headersSent[0]!.get("x-phishcheck-codes")).toContain("sender_abused_tld");
    const good = await deliverAndWait(new FakeMessage(fixture("misc/genuine-amazon-attached.eml"), uniqueSender("team")), e);
    expect(good.forwarded).toEqual([]);
  });
});
