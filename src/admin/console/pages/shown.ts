import { defangDomain, defangText } from "../../../reply/defang";

/** How report data is shown on a page. Domains and free text from reports are shown defanged: nothing on a page can be clicked through to an attacker. */
export const dom = (d: string | null | undefined) => (d ? defangDomain(d) : "—");
export const txt = (s: string | null | undefined, max = 120) => (s ? defangText(s, max) : "—");
export const when = (iso: string) => (iso ? `${iso.replace("T", " ").slice(0, 16)} UTC` : "—");
