/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { Campaign, ReportRow } from "../../../reports/queries";
import { BASE, Csrf, Layout, VerdictTag, type PageCtx } from "../layout";
import { dom, txt, when } from "./shown";

const ReportsTable: FC<{ p: PageCtx; reports: ReportRow[] }> = ({ p, reports }) => (
  <div class="scroll">
    <table>
      <thead>
        <tr>
          <th scope="col">{p.t.campaign.received}</th>
          <th scope="col">{p.t.try.verdict}</th>
          <th scope="col">{p.t.campaign.score}</th>
          <th scope="col">{p.t.campaign.codes}</th>
          <th scope="col">{p.t.campaign.senderDomain}</th>
          <th scope="col">{p.t.campaign.linkDomains}</th>
          <th scope="col">{p.t.campaign.subject}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr>
            <td>{when(r.receivedAt)}</td>
            <td>
              <VerdictTag p={p} v={r.verdict} />
            </td>
            <td>{r.score}</td>
            <td class="mono">{r.codes.join(", ")}</td>
            <td class="mono">{dom(r.senderDomain)}</td>
            <td class="mono">{r.linkDomains.map(dom).join(", ") || "—"}</td>
            <td>{txt(r.subject, 60)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export type BlockChoice = { value: string; label: string; checked: boolean };

export const CampaignPage: FC<{ p: PageCtx; c: Campaign & { recent: ReportRow[] }; choices: BlockChoice[] }> = ({ p, c, choices }) => {
  const t = p.t.campaign;
  const codes = new Map<string, number>();
  for (const r of c.recent) for (const code of r.codes) codes.set(code, (codes.get(code) ?? 0) + 1);
  return (
    <Layout p={p} title={t.title(txt(c.key, 80))}>
      <table>
        <tbody>
          <tr>
            <th scope="row">{t.reports}</th>
            <td>{c.reports}</td>
          </tr>
          <tr>
            <th scope="row">{t.reporters}</th>
            <td>{c.reporters}</td>
          </tr>
          <tr>
            <th scope="row">{t.firstSeen}</th>
            <td>{when(c.firstSeen)}</td>
          </tr>
          <tr>
            <th scope="row">{t.lastSeen}</th>
            <td>{when(c.lastSeen)}</td>
          </tr>
          <tr>
            <th scope="row">{t.verdicts}</th>
            <td>
              {Object.entries(c.verdicts).map(([v, n]) => (
                <span>
                  <VerdictTag p={p} v={v} /> {n}{" "}
                </span>
              ))}
            </td>
          </tr>
          <tr>
            <th scope="row">{t.senderDomain}</th>
            <td class="mono">{dom(c.senderDomain)}</td>
          </tr>
          <tr>
            <th scope="row">{t.linkDomains}</th>
            <td class="mono">{c.linkDomains.map(dom).join(", ") || "—"}</td>
          </tr>
          <tr>
            <th scope="row">{t.subject}</th>
            <td>{txt(c.subject)}</td>
          </tr>
          <tr>
            <th scope="row">{t.codes}</th>
            <td class="mono">
              {[...codes]
                .sort((a, b) => b[1] - a[1])
                .map(([code, n]) => `${code} (${n})`)
                .join(", ") || "—"}
            </td>
          </tr>
        </tbody>
      </table>
      <section aria-labelledby="block">
        <h2 id="block">{t.block}</h2>
        {choices.length === 0 ? (
          <p class="empty">{t.nothingToBlock}</p>
        ) : (
          <form method="post" action={`${BASE}/preview`}>
            <Csrf p={p} />
            <input type="hidden" name="back" value={`${BASE}/campaigns/${encodeURIComponent(c.key)}`} />
            <fieldset>
              <legend>{t.blockIntro}</legend>
              {choices.map((ch, i) => (
                <label class="check" for={`op${i}`}>
                  <input type="checkbox" id={`op${i}`} name="op" value={ch.value} checked={ch.checked} />
                  <span class="mono">{ch.label}</span>
                </label>
              ))}
            </fieldset>
            <p>
              <button type="submit">{t.preview}</button>
            </p>
          </form>
        )}
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">{t.recent}</h2>
        <ReportsTable p={p} reports={c.recent} />
      </section>
    </Layout>
  );
};
