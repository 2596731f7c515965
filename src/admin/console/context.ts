import type { Context, Hono } from "hono";
import type { AdminBindings } from "../types";
import { DICT, pickLang } from "./i18n";
import { BASE, type PageCtx } from "./layout";
import type { Session } from "./session";

/** What every console route shares: its Hono environment, the page context, the local-path guard and form fields. */

export type ConsoleEnv = { Bindings: AdminBindings; Variables: { session: Session | null; page: PageCtx } };
export type C = Context<ConsoleEnv>;
export type ConsoleApp = Hono<ConsoleEnv>;

/** A local console path to return to (never another site: an open redirect would be a phishing tool). */
export function localPath(next: unknown): string {
  return typeof next === "string" && next.startsWith(`${BASE}/`) && !next.includes("//") && !next.includes("\\") ? next : `${BASE}/`;
}

export function page(c: C): PageCtx {
  const lang = pickLang(c);
  const s = c.get("session");
  return { lang, t: DICT[lang], who: s?.who ?? null, csrf: s?.csrf ?? "", path: new URL(c.req.url).pathname };
}


export type Form = Record<string, string | File | (string | File)[]>;
export const one = (f: Form, k: string): string => {
  const v = f[k];
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === "string" ? x : "";
};
export const many = (f: Form, k: string): string[] => {
  const v = f[k];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string");
};


/** A POSTed form, every field (repeated fields as arrays). */
export const form = async (c: C) => (await c.req.parseBody({ all: true })) as Form;
