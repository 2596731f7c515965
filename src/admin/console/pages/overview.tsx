/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { Campaign, DayStats, FeedbackItem, Stats } from "../../../reports/queries";
import { BASE, Layout, Notice, VerdictTag, type PageCtx } from "../layout";
import { dom, txt, when } from "./shown";

const VERDICTS = ["dangerous", "suspicious", "no_signs", "unreadable"] as const;
const COLOURS: Record<string, string> = { dangerous: "#b00020", suspicious: "#d08700", no_signs: "#2e7d32", unreadable: "#78909c" };

/** Stacked bars per day; the same numbers follow as a table for screen readers and exact values. */
const Chart: FC<{ p: PageCtx; days: DayStats[] }> = ({ p, days }) => {
  const total = (d: DayStats) => d.dangerous + d.suspicious + d.no_signs + d.unreadable;
  const max = Math.max(1, ...days.map(total));
  const W = 36;
  const H = 140;
  const all = days.reduce((n, d) => n + total(d), 0);
  const dangerous = days.reduce((n, d) => n + d.dangerous, 0);
  return (
    <figure>
      <svg class="chart" viewBox={`0 0 ${days.length * W + 10} ${H + 30}`} role="img" aria-label={`${p.t.overview.perDay}: ${p.t.overview.chartSummary(all, dangerous)}`}>
        <line x1="0" y1={H} x2={days.length * W + 10} y2={H} stroke="#999" />
        {days.map((d, i) => {
          let y = H;
          return (
            <g>
              <title>{`${d.date}: ${VERDICTS.map((v) => `${p.t.verdict[v]} ${d[v]}`).join(", ")}`}</title>
              {VERDICTS.map((v) => {
                const h = Math.round((d[v] / max) * (H - 10));
                y -= h;
                return h > 0 ? <rect x={i * W + 6} y={y} width={W - 8} height={h} fill={COLOURS[v]} /> : null;
              })}
              <text x={i * W + 6 + (W - 8) / 2} y={H + 14} font-size="10" text-anchor="middle" fill="#333">
                {d.date.slice(5)}
              </text>
              {total(d) > 0 && (
                <text x={i * W + 6 + (W - 8) / 2} y={y - 3} font-size="10" text-anchor="middle" fill="#333">
                  {total(d)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {VERDICTS.map((v) => (
          <span>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill={COLOURS[v]} />
            </svg>{" "}
            {p.t.verdict[v]}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>{p.t.overview.table}</summary>
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{p.t.overview.date}</th>
                {VERDICTS.map((v) => (
                  <th scope="col">{p.t.verdict[v]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr>
                  <th scope="row">{d.date}</th>
                  {VERDICTS.map((v) => (
                    <td>{d[v]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
};

export const OverviewPage: FC<{ p: PageCtx; data: { stats: Stats; campaigns: Campaign[]; disputed: FeedbackItem[] } | null }> = ({ p, data }) => {
  const t = p.t.overview;
  if (!data)
    return (
      <Layout p={p} title={t.title}>
        <Notice>{t.noDb}</Notice>
      </Layout>
    );
  const checks = data.stats.days.reduce((n, d) => n + d.dangerous + d.suspicious + d.no_signs + d.unreadable, 0);
  return (
    <Layout p={p} title={t.title}>
      <section aria-labelledby="per-day">
        <h2 id="per-day">{t.perDay}</h2>
        {checks === 0 ? <p class="empty">{t.noChecks}</p> : <Chart p={p} days={data.stats.days} />}
      </section>
      <div class="grid">
        <section aria-labelledby="brands">
          <h2 id="brands">{t.topBrands}</h2>
          {data.stats.topBrands.length === 0 ? (
            <p class="empty">{t.noBrands}</p>
          ) : (
            <table>
              <tbody>
                {data.stats.topBrands.map((b) => (
                  <tr>
                    <th scope="row">{b.brand}</th>
                    <td>{b.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="campaigns">
          <h2 id="campaigns">{t.topCampaigns}</h2>
          {data.campaigns.length === 0 ? (
            <p class="empty">{t.noCampaigns}</p>
          ) : (
            <ul>
              {data.campaigns.map((c) => (
                <li>
                  <a href={`${BASE}/campaigns/${encodeURIComponent(c.key)}`}>{txt(c.key, 80)}</a> — {c.reports} {t.reports}, {c.reporters} {t.reporters}
                  <br />
                  <span class="mono">{dom(c.senderDomain)}</span> {c.subject ? <span>「{txt(c.subject, 60)}」</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="disputed">
        <h2 id="disputed">{t.disputed}</h2>
        {data.disputed.length === 0 ? (
          <p class="empty">{t.noDisputed}</p>
        ) : (
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{p.t.history.at}</th>
                  <th scope="col">{p.t.try.verdict}</th>
                  <th scope="col">{p.t.campaign.subject}</th>
                  <th scope="col">{t.note}</th>
                </tr>
              </thead>
              <tbody>
                {data.disputed.map((f) => (
                  <tr>
                    <td>{when(f.at)}</td>
                    <td>
                      <VerdictTag p={p} v={f.report.verdict} /> {f.report.brand ?? ""}
                      {f.report.campaign && (
                        <>
                          {" "}
                          <a href={`${BASE}/campaigns/${encodeURIComponent(f.report.campaign)}`}>{txt(f.report.campaign, 80)}</a>
                        </>
                      )}
                    </td>
                    <td>{txt(f.report.subject, 60)}</td>
                    <td>{txt(f.note, 300)}</td>
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
