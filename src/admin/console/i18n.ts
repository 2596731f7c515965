import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { en, type Dict } from "./i18n-en";
import { ja } from "./i18n-ja";

/** The console's two languages: the cookie set by the switch, else the browser's Accept-Language, else Japanese. */
export type Lang = "ja" | "en";
export const LANG_COOKIE = "pc_lang";

export function pickLang(c: Context): Lang {
  const chosen = getCookie(c, LANG_COOKIE);
  if (chosen === "ja" || chosen === "en") return chosen;
  const header = c.req.header("accept-language") ?? "";
  const prefs = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag ?? "", q: q === undefined ? 1 : Number(q) };
    })
    .filter((p) => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) {
    if (p.tag.startsWith("ja")) return "ja";
    if (p.tag.startsWith("en")) return "en";
  }
  return "ja";
}


export const DICT: Record<Lang, Dict> = { ja, en };
export type { Dict };
