/** @jsxImportSource hono/jsx */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { setCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { matchToken, parseAdminTokens } from "../auth";
import { LANG_COOKIE } from "./i18n";
import { BASE, CSS } from "./layout";
import { COOKIE_PATH, SESSION_COOKIE, csrfMatches, endSession, readSession, startSession } from "./session";
import { type C, type ConsoleEnv, type Form, localPath, one, page } from "./context";
import { LoginPage, MessagePage } from "./pages/login";
import { reportRoutes } from "./routes-reports";
import { ruleRoutes } from "./routes-rules";
import { tryRoutes } from "./routes-try";

/**
 * The admin console: HTML pages under /admin/console/ (server-rendered with hono/jsx, no script,
 * no external resource), signed in with an admin token, changing the rules through the same
 * propose → confirm-if-weakening → store path as the JSON API (src/admin/changes.ts).
 */

const MAX_UPLOAD = 10 * 1024 * 1024;
const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};


export function consoleRoutes() {
  const app = new Hono<ConsoleEnv>();

  app.use("*", async (c, next) => {
    c.set("session", null);
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  app.use("*", bodyLimit({ maxSize: MAX_UPLOAD, onError: () => { throw new HTTPException(413); } }));

  app.get("/style.css", (c) => c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8" }));

  app.get("/lang", (c) => {
    const to = c.req.query("to");
    if (to === "ja" || to === "en") setCookie(c, LANG_COOKIE, to, { path: COOKIE_PATH, sameSite: "Lax", secure: true, maxAge: 365 * 86400 });
    return c.redirect(localPath(c.req.query("back")), 303);
  });

  // Forms: Origin / Sec-Fetch-Site must be this console's (hono/csrf), before anything else reads the body.
  app.use("*", csrf());

  const tokensOf = (c: C) => parseAdminTokens(c.env.ADMIN_TOKEN);

  app.get("/login", (c) => {
    const p = page(c);
    if (tokensOf(c).length === 0) return c.html(<MessagePage p={p} title={p.t.login.title} text={p.t.login.disabled} />, 503);
    const q = c.req.query();
    const message = q.expired ? { kind: "error" as const, text: p.t.login.expired } : q.out ? { kind: "ok" as const, text: p.t.login.signedOut } : undefined;
    return c.html(<LoginPage p={p} message={message} next={localPath(q.next)} />);
  });

  app.post("/login", async (c) => {
    const p = page(c);
    const tokens = tokensOf(c);
    if (tokens.length === 0) return c.html(<MessagePage p={p} title={p.t.login.title} text={p.t.login.disabled} />, 503);
    const f = (await c.req.parseBody()) as Form;
    const who = await matchToken(tokens, one(f, "token").trim());
    if (who === null) return c.html(<LoginPage p={p} message={{ kind: "error", text: p.t.login.wrong }} next={localPath(one(f, "next"))} />, 401);
    await startSession(c, c.env.ADMIN_TOKEN!, who);
    return c.redirect(localPath(one(f, "next")), 303);
  });

  // Everything below needs a valid session; every POST also the session's form token.
  app.use("*", async (c, next) => {
    const p0 = page(c);
    if (tokensOf(c).length === 0) return c.html(<MessagePage p={p0} title={p0.t.login.title} text={p0.t.login.disabled} />, 503);
    const session = await readSession(c, c.env.ADMIN_TOKEN!);
    const hadCookie = (c.req.header("cookie") ?? "").includes(`${SESSION_COOKIE}=`);
    if (!session) {
      if (hadCookie) endSession(c);
      const params = new URLSearchParams({ next: p0.path });
      if (hadCookie) params.set("expired", "1");
      if (c.req.method === "GET") return c.redirect(`${BASE}/login?${params}`, 303);
      return c.html(<LoginPage p={p0} message={{ kind: "error", text: p0.t.login.expired }} next={`${BASE}/`} />, 401);
    }
    c.set("session", session);
    if (c.req.method === "POST") {
      const f = (await c.req.parseBody({ all: true })) as Form;
      if (!(await csrfMatches(session, one(f, "_csrf")))) {
        const p = page(c);
        return c.html(<MessagePage p={p} title={p.t.csrf.title} text={p.t.csrf.body} />, 403);
      }
    }
    await next();
  });

  app.post("/logout", (c) => {
    endSession(c);
    return c.redirect(`${BASE}/login?out=1`, 303);
  });

  const overview = reportRoutes(app);
  ruleRoutes(app);
  tryRoutes(app);

  app.all("*", (c) => {
    // "/" under a mounted app is "/admin/console"; the overview's address is "/admin/console/".
    if (c.req.method === "GET" && c.req.path === `${BASE}/`) return overview(c);
    const p = page(c);
    return c.html(<MessagePage p={p} title={p.t.notFound} text={p.t.notFound} />, 404);
  });

  app.onError((err, c) => {
    const p = page(c as C);
    if (err instanceof HTTPException && err.status === 403) return c.html(<MessagePage p={p} title={p.t.csrf.title} text={p.t.csrf.body} />, 403);
    if (err instanceof HTTPException) return c.html(<MessagePage p={p} title={String(err.status)} text={err.message || String(err.status)} />, err.status);
    console.error(JSON.stringify({ event: "console_error", error: err.message.slice(0, 200) }));
    return c.html(<MessagePage p={p} title="500" text="internal error" />, 500);
  });

  return app;
}
