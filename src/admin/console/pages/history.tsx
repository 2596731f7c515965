/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { ChangeMeta } from "../../../rules/store";
import { BASE, Csrf, Layout, type PageCtx } from "../layout";

export const HistoryPage: FC<{ p: PageCtx; active: number; versions: ChangeMeta[]; audit: ChangeMeta[] }> = ({ p, active, versions, audit }) => {
  const t = p.t.history;
  return (
    <Layout p={p} title={t.title}>
      <section aria-labelledby="versions">
        <h2 id="versions">{t.versions}</h2>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.version}</th>
                <th scope="col">{t.at}</th>
                <th scope="col">{t.author}</th>
                <th scope="col">{t.summary}</th>
                <th scope="col">
                  <span class="skip">{t.rollback}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...versions, { version: 0, at: "", author: "", action: "embedded", summary: t.embedded, previous: 0 }].map((v) => (
                <tr>
                  <th scope="row">
                    v{v.version} {v.version === active && <strong>({t.active})</strong>}
                  </th>
                  <td>{v.at ? v.at.replace("T", " ").slice(0, 19) : "—"}</td>
                  <td>{v.author || "—"}</td>
                  <td>{v.summary}</td>
                  <td>
                    {v.version !== active && (
                      <form method="post" action={`${BASE}/rollback/preview`} class="inline">
                        <Csrf p={p} />
                        <input type="hidden" name="version" value={String(v.version)} />
                        <button type="submit" class="secondary" aria-label={t.rollbackLabel(v.version)}>
                          {t.rollback}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="audit">
        <h2 id="audit">{t.audit}</h2>
        {audit.length === 0 ? (
          <p class="empty">{t.noAudit}</p>
        ) : (
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.at}</th>
                  <th scope="col">{t.version}</th>
                  <th scope="col">{t.author}</th>
                  <th scope="col">{t.action}</th>
                  <th scope="col">{t.summary}</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((e) => (
                  <tr>
                    <td>{e.at.replace("T", " ").slice(0, 19)}</td>
                    <td>
                      v{e.previous} → v{e.version}
                    </td>
                    <td>{e.author}</td>
                    <td>{e.action}</td>
                    <td>{e.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Layout>
  );
};
