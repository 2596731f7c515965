/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { Issue } from "../../errors";
import type { SampleImpact, Weakening } from "../../impact";
import { BASE, Csrf, Layout, Notice, VerdictTag, type PageCtx } from "../layout";

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
