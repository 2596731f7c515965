/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { Issue } from "../errors";
import type { SampleImpact, Weakening } from "../impact";
import type { Campaign, DayStats, FeedbackItem, ReportRow, Stats } from "../../reports/queries";
import { defangDomain, defangText } from "../../reply/defang";
import { BASE, Csrf, Layout, Notice, VerdictTag, type PageCtx } from "./layout";

/** Domains and free text from reports are shown defanged: nothing on a page can be clicked through to an attacker. */
const dom = (d: string | null | undefined) => (d ? defangDomain(d) : "—");
const txt = (s: string | null | undefined, max = 120) => (s ? defangText(s, max) : "—");
const when = (iso: string) => (iso ? `${iso.replace("T", " ").slice(0, 16)} UTC` : "—");
const VERDICTS = ["dangerous", "suspicious", "no_signs", "unreadable"] as const;
const COLOURS: Record<string, string> = { dangerous: "#b00020", suspicious: "#d08700", no_signs: "#2e7d32", unreadable: "#78909c" };

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

/** The dry run of a change: its diff, the sample verdicts, the weakening warning, and the form that applies it. */
export type ChangeView = {
  ok: boolean;
  error?: string;
  issues?: Issue[];
  changes: string[];
  samples: SampleImpact[];
  weakens: Weakening[];
};

const Diff: FC<{ p: PageCtx; changes: string[] }> = ({ p, changes }) =>
  changes.length === 0 ? (
    <p class="empty">{p.t.preview.noDiff}</p>
  ) : (
    <ul class="diff">
      {changes.map((c) => (
        <li class={c.startsWith("+") ? "add" : c.startsWith("-") ? "del" : "mod"}>
          <code>{c}</code>
        </li>
      ))}
    </ul>
  );

const Impact: FC<{ p: PageCtx; samples: SampleImpact[] }> = ({ p, samples }) => (
  <div class="scroll">
    <table>
      <thead>
        <tr>
          <th scope="col">{p.t.preview.sample}</th>
          <th scope="col">{p.t.preview.before}</th>
          <th scope="col">{p.t.preview.after}</th>
        </tr>
      </thead>
      <tbody>
        {samples.map((s) => (
          <tr class={s.changed ? "changed" : undefined}>
            <td>
              {s.description} <span class="mono">({s.id})</span>
              {s.changed && <strong> — {p.t.preview.changed}</strong>}
            </td>
            <td>
              <VerdictTag p={p} v={s.before} />
            </td>
            <td>
              <VerdictTag p={p} v={s.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const WeakensWarning: FC<{ p: PageCtx; weakens: Weakening[] }> = ({ p, weakens }) => (
  <div class="notice warn" role="alert">
    <strong>{p.t.preview.weakens}</strong>
    <p>{p.t.preview.weakensBody}</p>
    <ul>
      {weakens.map((w) => (
        <li>
          {w.description} ({p.t.verdict[w.before]} → {p.t.verdict[w.after]})
        </li>
      ))}
    </ul>
  </div>
);

/** Hidden fields that carry the change to the apply route: the ops (or rollback version) and the ETag it was previewed against. */
export type ApplyForm = { action: string; fields: Record<string, string>; tryOps?: string };

export const PreviewPage: FC<{ p: PageCtx; title: string; diffTitle?: string; view: ChangeView; apply: ApplyForm | null; message?: { kind: "error" | "warn" | "ok" | "info"; text: string }; back?: string }> = ({
  p,
  title,
  diffTitle,
  view,
  apply,
  message,
  back,
}) => (
  <Layout p={p} title={title}>
    {message && <Notice kind={message.kind}>{message.text}</Notice>}
    {!view.ok ? (
      <>
        <Notice kind="error">{p.t.preview.invalid}: {view.error}</Notice>
        <ul>
          {(view.issues ?? []).map((i) => (
            <li>
              <code>{i.path || "(body)"}</code>: {i.message}
            </li>
          ))}
        </ul>
      </>
    ) : (
      <>
        <h2>{diffTitle ?? p.t.preview.diff}</h2>
        <Diff p={p} changes={view.changes} />
        {view.weakens.length > 0 && <WeakensWarning p={p} weakens={view.weakens} />}
        <h2>{p.t.preview.impact}</h2>
        <Impact p={p} samples={view.samples} />
        {apply && view.changes.length > 0 && (
          <form method="post" action={apply.action}>
            <Csrf p={p} />
            {Object.entries(apply.fields).map(([k, v]) => (
              <input type="hidden" name={k} value={v} />
            ))}
            {view.weakens.length > 0 && (
              <label class="check" for="confirm">
                <input type="checkbox" id="confirm" name="confirm" value="weakens_detection" required />
                <span>{p.t.preview.confirm}</span>
              </label>
            )}
            <p>
              <button type="submit" class={view.weakens.length > 0 ? "danger" : undefined}>
                {p.t.preview.apply}
              </button>
            </p>
          </form>
        )}
        {apply?.tryOps && (
          <form method="get" action={`${BASE}/try`}>
            <input type="hidden" name="ops" value={apply.tryOps} />
            <p>
              <button type="submit" class="secondary">
                {p.t.preview.tryDraft}
              </button>
            </p>
          </form>
        )}
      </>
    )}
    <p>
      <a href={back ?? `${BASE}/rules`}>{p.t.preview.back}</a>
    </p>
  </Layout>
);
