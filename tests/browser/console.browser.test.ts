import { mkdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { generateSignedCookie } from "hono/cookie";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sessionSecret } from "../../src/admin/console/session";
import { freePort } from "./wrangler-dev";

/**
 * The admin console in a real browser: Debian's chromium (/usr/bin/chromium, installed by .ci/run)
 * driven by playwright-core, against the one `wrangler dev` of tests/browser/wrangler-dev.ts.
 * Screenshots of every page go to test-output/screenshots/ for a reviewer.
 */

const SHOTS = join(process.cwd(), "test-output", "screenshots");
const base = () => inject("baseURL");
const token = () => inject("adminToken");
// biome-ignore lint/suspicious/noExplicitAny: JSON from the API, read field by field
const api = async (path: string) => (await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token()}` } })).json() as Promise<any>;

let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let shot = 0;

async function snap(p: Page, name: string) {
  shot += 1;
  await p.screenshot({ path: join(SHOTS, `${String(shot).padStart(2, "0")}-${name}.png`), fullPage: true });
}

/** Every link on the page stays on the console's own origin: nothing links to a reported (attacker's) site. */
async function linksStayHome(p: Page) {
  const hrefs = await p.$$eval("a[href]", (as) => as.map((a) => (a as unknown as { href: string }).href));
  for (const h of hrefs) expect(h.startsWith(`${base()}/`)).toBe(true);
}

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  ctx = await browser.newContext({ locale: "ja-JP", viewport: { width: 1100, height: 900 } });
  page = await ctx.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe("admin console in Chromium", () => {
  it("sign in: a wrong token is refused, the right one opens the overview", async () => {
    await page.goto(`${base()}/admin/`);
    expect(page.url()).toContain("/admin/console/login");
    await page.getByLabel("管理トークン").fill("wrong-token-wrong-token-000");
    await page.getByRole("button", { name: "サインイン" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("受け付けられません");
    await snap(page, "login-wrong-token");

    await page.getByLabel("管理トークン").fill(token());
    await page.keyboard.press("Enter"); // keyboard only
    await page.waitForURL(`${base()}/admin/console/`);
    const cookies = await ctx.cookies();
    const session = cookies.find((c) => c.name === "pc_session")!;
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Strict", path: "/admin" });
    expect(session.expires).toBeGreaterThan(Date.now() / 1000);
  });

  it("overview with data: chart, brands, campaigns, disputed verdicts — defanged, no outside link; English and phone-sized", async () => {
    expect(await page.locator("h1").textContent()).toBe("概要");
    expect(await page.locator("svg.chart rect").count()).toBeGreaterThan(5);
    const text = (await page.locator("main").textContent())!;
    expect(text).toContain("amazon");
    expect(text).toContain("evil-lookalike[.]example");
    expect(text).not.toContain("evil-lookalike.example");
    await linksStayHome(page);
    await snap(page, "overview-ja");

    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${base()}/admin/console/`);
    expect(await page.locator("h1").textContent()).toBe("Overview");
    await snap(page, "overview-en");
    await page.setViewportSize({ width: 390, height: 844 });
    await snap(page, "overview-phone");
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it("a campaign: its reports, then blocking its domain shows the dry run first and applies it", async () => {
    await page.getByRole("link", { name: "amaz0n-account-update[.]tk" }).click();
    expect(await page.locator("h1").textContent()).toBe("Campaign amaz0n-account-update[.]tk");
    expect(await page.locator("main").textContent()).toContain("amaz0n-account-update[.]tk");
    await linksStayHome(page);
    await snap(page, "campaign");
    const before = await api("/admin/rules");

    await page.getByRole("button", { name: "Preview the change" }).click();
    expect(await page.locator("h1").textContent()).toBe("Preview of the change");
    expect(await page.locator("ul.diff").textContent()).toContain("+block amaz0n-account-update.tk");
    expect(await page.locator("table tbody tr").count()).toBe(6); // one row per bundled sample
    expect((await api("/admin/rules")).version).toBe(before.version); // nothing applied yet
    await snap(page, "campaign-block-preview");

    await page.getByRole("button", { name: "Apply" }).click();
    expect(await page.getByRole("status").textContent()).toMatch(/Applied: the active rules are now version \d+/);
    const after = await api("/admin/rules");
    expect(after.version).toBe(before.version + 1);
    expect(after.rules.blockDomains).toContain("amaz0n-account-update.tk");
    await snap(page, "campaign-block-applied");
  });

  it("a change that weakens detection asks for a confirmation first; rollback shows what it restores", async () => {
    await page.goto(`${base()}/admin/console/rules?q=paypal`);
    expect(await page.locator("main").textContent()).toContain("paypal.com");
    await snap(page, "rules-search");
    const before = await api("/admin/rules");

    await page.locator("summary", { hasText: "PATCH ops as JSON" }).click();
    await page.getByLabel("PATCH ops (JSON array)").fill('[{"op":"remove_brand","brand":"paypal"},{"op":"remove_tld","tld":"tk"}]');
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    const warning = page.locator(".notice.warn");
    expect(await warning.textContent()).toContain("This change weakens detection");
    expect(await warning.textContent()).toContain("PayPal");
    await snap(page, "weakening-preview");

    // The browser will not send the form unticked; without that guard the worker still refuses.
    await page.getByRole("button", { name: "Apply" }).click();
    expect(page.url()).toContain("/admin/console/preview");
    await page.locator("#confirm").evaluate((el) => el.removeAttribute("required"));
    await page.getByRole("button", { name: "Apply" }).click();
    expect(await page.getByRole("alert").first().textContent()).toMatch(/Not applied|weakens detection/);
    expect((await api("/admin/rules")).version).toBe(before.version);
    await snap(page, "weakening-refused");

    await page.getByLabel("I understand: apply it although it weakens detection").check();
    await page.getByRole("button", { name: "Apply" }).click();
    expect(await page.getByRole("status").textContent()).toContain(`version ${before.version + 1}`);
    const audit = await api("/admin/audit");
    expect(audit.entries[0]).toMatchObject({ author: "admin", summary: expect.stringContaining("-brand paypal") });

    await page.getByRole("link", { name: "History" }).click();
    await snap(page, "history");
    await page.getByRole("button", { name: `Preview a rollback to version ${before.version}` }).click();
    const restores = (await page.locator("ul.diff").textContent())!;
    expect(restores).toContain("+brand paypal");
    expect(restores).toContain("+tld tk");
    await snap(page, "rollback-preview");
    await page.getByRole("button", { name: "Apply" }).click();
    expect(await page.getByRole("status").textContent()).toContain(`version ${before.version + 2}`);
    expect((await api("/admin/rules")).rules.abusedTlds).toContain("tk");
  });

  it("try a mail: the verdict, the reasons and the reply as the reader gets it, defanged, with no live link", async () => {
    await page.getByRole("link", { name: "Try a mail" }).click();
    await page.getByLabel("Mail file (.eml)").setInputFiles(join(process.cwd(), "tests/fixtures/forwards/gmail-ja.eml"));
    await page.getByRole("button", { name: "Check" }).click();
    expect(await page.locator("#result .verdict").textContent()).toBe("Dangerous");
    const reply = page.frameLocator("iframe.reply");
    expect(await reply.locator("body").textContent()).toContain("emailamazoncojp[.]cf");
    expect(await reply.locator("a").count()).toBe(0);
    expect(await page.locator("iframe.reply").getAttribute("sandbox")).toBe("");
    await linksStayHome(page);
    await snap(page, "try-a-mail");
    const frame = page.locator("iframe.reply");
    await frame.scrollIntoViewIfNeeded();
    shot += 1;
    await frame.screenshot({ path: join(SHOTS, `${String(shot).padStart(2, "0")}-try-a-mail-reply.png`) });
  });

  it("CSRF: a form posted from another site, or with a wrong form token, is refused and changes nothing", async () => {
    const before = await api("/admin/rules");
    const port = await freePort();
    const evil: Server = createServer((_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(
        `<form id="f" method="post" action="${base()}/admin/console/apply"><input name="ops" value='[{"op":"add_tld","tld":"csrftest"}]'><input name="etag" value='${before.etag}'><input name="_csrf" value="x"></form><script>document.getElementById("f").submit()</script>`,
      );
    });
    await new Promise<void>((r) => evil.listen(port, "127.0.0.1", r));
    try {
      const other = await ctx.newPage();
      await other.goto(`http://127.0.0.1:${port}/`);
      await other.waitForURL(`${base()}/admin/console/apply`);
      expect(await other.locator("h1").textContent()).toBe("Request refused");
      await snap(other, "csrf-refused");
      await other.close();
    } finally {
      evil.close();
    }

    await page.goto(`${base()}/admin/console/rules`);
    await page.locator('form[action="/admin/console/preview"] input[name=_csrf]').first().evaluate((el) => ((el as unknown as { value: string }).value = "0".repeat(32)));
    await page.getByLabel("Domain, TLD or phrase text").fill("csrf-token.example.jp");
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    expect(await page.locator("h1").textContent()).toBe("Request refused");
    expect((await api("/admin/rules")).version).toBe(before.version);
  });

  it("sign out: the session ends and pages ask to sign in again", async () => {
    await page.goto(`${base()}/admin/console/`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/admin\/console\/login\?out=1/);
    expect(await page.getByRole("status").textContent()).toContain("You are signed out");
    expect((await ctx.cookies()).find((c) => c.name === "pc_session")).toBeUndefined();
    await page.goto(`${base()}/admin/console/history`);
    expect(page.url()).toContain("/admin/console/login?next=%2Fadmin%2Fconsole%2Fhistory");
    await snap(page, "signed-out");
  });

  it("a session that expired (validly signed, past its time) is refused", async () => {
    const expiredCtx = await browser.newContext({ locale: "en-US" });
    const signed = await generateSignedCookie("pc_session", `admin.${Date.now() - 60_000}.${"b".repeat(24)}`, await sessionSecret(token()));
    const value = signed.slice("pc_session=".length, signed.indexOf(";"));
    await expiredCtx.addCookies([{ name: "pc_session", value, url: `${base()}/admin/`, httpOnly: true, secure: true, sameSite: "Strict" }]);
    const p = await expiredCtx.newPage();
    await p.goto(`${base()}/admin/console/rules`);
    expect(p.url()).toContain("/admin/console/login?next=%2Fadmin%2Fconsole%2Frules&expired=1");
    expect(await p.getByRole("alert").textContent()).toContain("Your session has expired");
    await snap(p, "session-expired");
    await expiredCtx.close();
  });
});
