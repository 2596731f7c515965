/** @jsxImportSource hono/jsx */
import type { Child, FC } from "hono/jsx";
import type { Dict, Lang } from "./i18n";

/** Everything a page needs to draw its frame: language, who is signed in, the form token, the current path. */
export type PageCtx = { lang: Lang; t: Dict; who: string | null; csrf: string; path: string };

export const BASE = "/admin/console";

export const Csrf: FC<{ p: PageCtx }> = ({ p }) => <input type="hidden" name="_csrf" value={p.csrf} />;

const NAV: [keyof Dict["nav"], string][] = [
  ["overview", `${BASE}/`],
  ["rules", `${BASE}/rules`],
  ["history", `${BASE}/history`],
  ["try", `${BASE}/try`],
];

export const Layout: FC<{ p: PageCtx; title: string; children?: Child }> = ({ p, title, children }) => {
  const other: Lang = p.lang === "ja" ? "en" : "ja";
  return (
    <html lang={p.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${p.t.appName}`}</title>
        <link rel="stylesheet" href={`${BASE}/style.css`} />
      </head>
      <body>
        <a class="skip" href="#main">
          {p.t.skip}
        </a>
        <header>
          <span class="brand">{p.t.appName}</span>
          {p.who && (
            <nav aria-label={p.t.appName}>
              <ul>
                {NAV.map(([key, href]) => (
                  <li>
                    <a href={href} aria-current={p.path === href ? "page" : undefined}>
                      {p.t.nav[key]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div class="tools">
            <a href={`${BASE}/lang?to=${other}&back=${encodeURIComponent(p.path)}`} lang={other} hreflang={other} title={p.t.otherLangLabel}>
              {p.t.otherLang}
            </a>
            {p.who && (
              <form method="post" action={`${BASE}/logout`} class="inline">
                <Csrf p={p} />
                <span class="who">{p.t.signedInAs(p.who)}</span> <button type="submit">{p.t.signOut}</button>
              </form>
            )}
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
};

export const Notice: FC<{ kind?: "info" | "error" | "ok" | "warn"; children?: Child }> = ({ kind = "info", children }) => (
  <p class={`notice ${kind}`} role={kind === "error" || kind === "warn" ? "alert" : "status"}>
    {children}
  </p>
);

export const VerdictTag: FC<{ p: PageCtx; v: string }> = ({ p, v }) => <span class={`verdict v-${v}`}>{p.t.verdict[v] ?? v}</span>;

export const CSS = `
:root{--fg:#1b1b1b;--muted:#555;--bg:#fff;--line:#ccc;--accent:#0b57d0;--danger:#b00020;--warn:#8a5300;--ok:#1b5e20;--unread:#455a64}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP",sans-serif;color:var(--fg);background:var(--bg)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#ff0;padding:4px;z-index:9}
header{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;padding:8px 16px;border-bottom:1px solid var(--line);background:#f5f7fa}
header .brand{font-weight:bold}
header nav ul{display:flex;flex-wrap:wrap;gap:4px 12px;list-style:none;margin:0;padding:0}
header a[aria-current=page]{font-weight:bold;text-decoration:underline 3px}
header .tools{margin-left:auto;display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.who{color:var(--muted);font-size:14px}
main{padding:16px;max-width:1100px}
main:focus{outline:none}
h1{font-size:1.5rem;margin:.2em 0 .6em}h2{font-size:1.2rem;margin:1.4em 0 .4em}
a{color:var(--accent)}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #ffbf47;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.4em 0;font-size:15px}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
.scroll{overflow-x:auto}
form.inline{display:inline}
label{display:block;font-weight:600;margin:.6em 0 .2em}
label.check{font-weight:normal;display:flex;gap:8px;align-items:flex-start}
input[type=text],input[type=password],input[type=search],input[type=number],select,textarea{font:inherit;padding:6px 8px;border:1px solid #888;border-radius:4px;max-width:100%}
input[type=text],input[type=password],input[type=search],textarea{width:32em}
textarea{height:6em;font-family:ui-monospace,monospace;font-size:14px}
button{font:inherit;padding:6px 14px;border-radius:4px;border:1px solid var(--accent);background:var(--accent);color:#fff;cursor:pointer;min-height:36px}
button.secondary{background:#fff;color:var(--accent)}
button.danger{background:var(--danger);border-color:var(--danger)}
.notice{padding:8px 12px;border-left:4px solid var(--accent);background:#eef3fd}
.notice.error{border-color:var(--danger);background:#fdeeee}
.notice.warn{border-color:var(--warn);background:#fff6e5}
.notice.ok{border-color:var(--ok);background:#eaf6ea}
.empty{color:var(--muted);font-style:italic}
.verdict{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:14px}
.v-dangerous{background:var(--danger)}.v-suspicious{background:var(--warn)}.v-no_signs{background:var(--ok)}.v-unreadable{background:var(--unread)}
.legend{display:flex;gap:12px;flex-wrap:wrap;font-size:14px}
.chart{width:100%;max-width:700px;height:auto}
.diff li.add{color:var(--ok)}.diff li.del{color:var(--danger)}
tr.changed td{background:#fff6e5;font-weight:600}
code,.mono{font-family:ui-monospace,monospace;font-size:14px;word-break:break-all}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:8px;border:1px solid var(--line)}
iframe.reply{width:100%;height:480px;border:1px solid var(--line);background:#fff}
.grid{display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(300px,1fr))}
@media (max-width:600px){main{padding:10px}input[type=text],input[type=password],input[type=search],textarea{width:100%}th,td{padding:3px 4px}}
`;
