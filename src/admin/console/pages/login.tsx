/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import { BASE, Layout, Notice, type PageCtx } from "../layout";

export const LoginPage: FC<{ p: PageCtx; message?: { kind: "error" | "info" | "ok"; text: string }; next: string }> = ({ p, message, next }) => (
  <Layout p={p} title={p.t.login.title}>
    {message && <Notice kind={message.kind}>{message.text}</Notice>}
    <p>{p.t.login.intro}</p>
    <form method="post" action={`${BASE}/login`}>
      <input type="hidden" name="next" value={next} />
      <label for="token">{p.t.login.token}</label>
      <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
      <p>
        <button type="submit">{p.t.login.submit}</button>
      </p>
    </form>
  </Layout>
);

export const MessagePage: FC<{ p: PageCtx; title: string; text: string; kind?: "error" | "info" }> = ({ p, title, text, kind = "error" }) => (
  <Layout p={p} title={title}>
    <Notice kind={kind}>{text}</Notice>
    <p>
      <a href={`${BASE}/`}>{p.t.csrf.back}</a>
    </p>
  </Layout>
);
