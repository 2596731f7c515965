/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { Reason } from "../../../verdict/score";
import type { ReplyContent } from "../../../reply/compose";
import { explain } from "../../../reply/reasons";
import { BASE, Csrf, Layout, Notice, VerdictTag, type PageCtx } from "../layout";

export type TryResult = { verdict: string; score: number; reasons: Reason[]; language: "ja" | "en"; reply: ReplyContent; usedDraft: boolean; version: number };

export const TryPage: FC<{ p: PageCtx; ops: string; result?: TryResult; error?: string; issues?: { path: string; message: string }[] }> = ({ p, ops, result, error, issues }) => {
  const t = p.t.try;
  return (
    <Layout p={p} title={t.title}>
      <p>{t.intro}</p>
      <form method="post" action={`${BASE}/try`} enctype="multipart/form-data">
        <Csrf p={p} />
        <label for="mail">{t.file}</label>
        <input id="mail" name="mail" type="file" accept=".eml,message/rfc822" required />
        <label for="draft-ops">{t.draftOps}</label>
        <textarea id="draft-ops" name="ops">
          {ops}
        </textarea>
        <p>
          <button type="submit">{t.submit}</button>
        </p>
      </form>
      {error && (
        <Notice kind="error">
          {error}
          {issues && issues.length > 0 && `: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`}
        </Notice>
      )}
      {result && (
        <section aria-labelledby="result">
          <h2 id="result">
            {t.verdict}: <VerdictTag p={p} v={result.verdict} />
          </h2>
          <p>
            {result.usedDraft ? t.usedDraft : t.usedActive(result.version)} {t.score}: {result.score}
          </p>
          <h3>{t.reasons}</h3>
          {result.reasons.length === 0 ? (
            <p class="empty">{t.noReasons}</p>
          ) : (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.code}</th>
                    <th scope="col">{t.severity}</th>
                    <th scope="col">{t.message}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.reasons.map((r) => (
                    <tr>
                      <td class="mono">{r.code}</td>
                      <td>{r.severity}</td>
                      <td>{explain(r)[p.lang]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t.reply}</h3>
          <p>
            <strong>{t.replySubject}:</strong> <span id="reply-subject">{result.reply.subject}</span>
          </p>
          <h4>{t.replyHtml}</h4>
          <iframe class="reply" title={t.replyHtml} sandbox="" referrerpolicy="no-referrer" srcdoc={result.reply.html}></iframe>
          <details>
            <summary>{t.replyText}</summary>
            <pre id="reply-text">{result.reply.text}</pre>
          </details>
        </section>
      )}
    </Layout>
  );
};
