/**
 * HTML escaping for the reply's HTML part: & < > " ' as numeric references (&#38; &#60; &#62; &#34;
 * &#39;). One pass, slices between the characters: no callback per match (most of a reply's lines
 * hold a quote or an apostrophe, and a replace callback per character cost more than the text).
 */
const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(s: string): string {
  const first = s.search(HTML_SPECIAL);
  if (first < 0) return s;
  let out = s.slice(0, first);
  let last = first;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 60 || c === 62 || c === 34 || c === 39) {
      out += `${s.slice(last, i)}&#${c};`;
      last = i + 1;
    }
  }
  return out + s.slice(last);
}
