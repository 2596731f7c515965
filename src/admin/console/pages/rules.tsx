/** @jsxImportSource hono/jsx */
import type { FC } from "hono/jsx";
import type { RuleSet } from "../../../rules/schema";
import { BASE, Csrf, Layout, type PageCtx } from "../layout";

const SHOW = 100;
const LISTS = ["blockDomains", "allowDomains", "abusedTlds", "hostingSuffixes", "shorteners", "freemailDomains"] as const;
const REMOVE_OP: Record<(typeof LISTS)[number], string> = {
  blockDomains: "remove_block_domain",
  allowDomains: "remove_allow_domain",
  abusedTlds: "remove_tld",
  hostingSuffixes: "remove_hosting_suffix",
  shorteners: "remove_shortener",
  freemailDomains: "remove_freemail_domain",
};

/** One "Remove…" button: a form that previews the removal (never applies it directly). */
const Remove: FC<{ p: PageCtx; op: object; what: string }> = ({ p, op, what }) => (
  <form method="post" action={`${BASE}/preview`} class="inline">
    <Csrf p={p} />
    <input type="hidden" name="op" value={JSON.stringify(op)} />
    <button type="submit" class="secondary" aria-label={p.t.rules.removeLabel(what)}>
      {p.t.rules.remove}
    </button>
  </form>
);

const More: FC<{ p: PageCtx; n: number }> = ({ p, n }) => (n > SHOW ? <p class="empty">{p.t.rules.more(n - SHOW)}</p> : null);

export const RulesPage: FC<{ p: PageCtx; version: number; etag: string; rules: RuleSet; q: string }> = ({ p, version, etag, rules, q }) => {
  const t = p.t.rules;
  const needle = q.trim().toLowerCase();
  const hit = (...xs: string[]) => !needle || xs.some((x) => x.toLowerCase().includes(needle));
  const brands = rules.brands.filter((b) => hit(b.id, ...b.names.en, ...b.names.ja, ...b.domains, ...(b.tokens ?? [])));
  const phrases = rules.phrases.filter((ph) => hit(ph.text, ph.kind, ph.lang));
  return (
    <Layout p={p} title={t.title}>
      <p>{t.version(version, etag)}</p>
      <search>
        <form method="get" action={`${BASE}/rules`}>
          <label for="q">{t.search}</label>
          <input id="q" name="q" type="search" value={q} /> <button type="submit">{t.searchButton}</button>
        </form>
      </search>

      <section aria-labelledby="add">
        <h2 id="add">{t.add}</h2>
        <form method="post" action={`${BASE}/preview`}>
          <Csrf p={p} />
          <label for="kind">{t.kind}</label>
          <select id="kind" name="kind">
            {Object.entries(t.kinds).map(([k, label]) => (
              <option value={k}>{label}</option>
            ))}
          </select>
          <label for="value">{t.value}</label>
          <input id="value" name="value" type="text" />
          <label for="brand">{t.brand}</label>
          <input id="brand" name="brand" type="text" list="brand-ids" />
          <datalist id="brand-ids">
            {rules.brands.map((b) => (
              <option value={b.id} />
            ))}
          </datalist>
          <div class="grid">
            <div>
              <label for="lang">{t.phraseLang}</label>
              <select id="lang" name="lang">
                {["ja", "en", "pt", "es", "de", "fr", "nl", "it"].map((l) => (
                  <option value={l}>{l}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="pkind">{t.phraseKind}</label>
              <select id="pkind" name="pkind">
                {["urgency", "threat", "credential", "payment", "action", "reward", "delivery"].map((k) => (
                  <option value={k}>{k}</option>
                ))}
              </select>
            </div>
            <div>
              <label for="weight">{t.weight}</label>
              <input id="weight" name="weight" type="number" min="0" max="10" step="0.5" value="1" />
            </div>
          </div>
          <details>
            <summary>{t.advanced}</summary>
            <label for="ops">{t.opsJson}</label>
            <textarea id="ops" name="ops" placeholder='[{"op":"add_block_domain","domain":"example.test"}]'></textarea>
          </details>
          <p>
            <button type="submit">{t.preview}</button>
          </p>
        </form>
      </section>

      <section aria-labelledby="brands">
        <h2 id="brands">
          {t.brands} ({brands.length})
        </h2>
        {brands.length === 0 ? (
          <p class="empty">{t.none}</p>
        ) : (
          <div class="scroll">
            <table>
              <tbody>
                {brands.slice(0, SHOW).map((b) => (
                  <tr>
                    <th scope="row" class="mono">
                      {b.id}
                    </th>
                    <td>{[...b.names.ja, ...b.names.en].join(" / ")}</td>
                    <td class="mono">
                      {b.domains.map((d) => (
                        <span>
                          {d} <Remove p={p} op={{ op: "remove_domain", brand: b.id, domain: d }} what={`${d} (${b.id})`} />{" "}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <More p={p} n={brands.length} />
      </section>

      <section aria-labelledby="phrases">
        <h2 id="phrases">
          {t.phrases} ({phrases.length})
        </h2>
        {phrases.length === 0 ? (
          <p class="empty">{t.none}</p>
        ) : (
          <div class="scroll">
            <table>
              <tbody>
                {phrases.slice(0, SHOW).map((ph) => (
                  <tr>
                    <td>{ph.text}</td>
                    <td class="mono">
                      {ph.lang} · {ph.kind} · {ph.weight}
                    </td>
                    <td>
                      <Remove p={p} op={{ op: "remove_phrase", text: ph.text, lang: ph.lang }} what={`"${ph.text}"`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <More p={p} n={phrases.length} />
      </section>

      <section aria-labelledby="lists">
        <h2 id="lists">{t.lists}</h2>
        {LISTS.map((field) => {
          const items = rules[field].filter((x) => hit(x));
          return (
            <>
              <h3>
                {t.listNames[field]} ({items.length})
              </h3>
              {items.length === 0 ? (
                <p class="empty">{t.none}</p>
              ) : (
                <ul>
                  {items.slice(0, SHOW).map((x) => (
                    <li>
                      <span class="mono">{x}</span> <Remove p={p} op={field === "abusedTlds" ? { op: REMOVE_OP[field], tld: x } : { op: REMOVE_OP[field], domain: x }} what={x} />
                    </li>
                  ))}
                </ul>
              )}
              <More p={p} n={items.length} />
            </>
          );
        })}
      </section>
    </Layout>
  );
};
