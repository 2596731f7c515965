import type { Language } from "../verdict/language";

/**
 * Operator settings from wrangler.toml [vars] (see README "Settings"). Every value is checked:
 * a bad one is reported (one clear log line naming the variable) and its default is used —
 * a typo in a setting never stops the worker from answering.
 */
export type Settings = {
  /** Shown in replies ("phishcheck for ACME"); "" = none. */
  orgName: string;
  /** Where readers are told to report phishing; empty = the national ones (info@antiphishing.jp, reportphishing@apwg.org). */
  reportAddresses: string[];
  /** Receives every dangerous original (message.forward); null = none. */
  securityTeam: string | null;
  /** Also forward suspicious originals to the security team. */
  securityTeamSuspicious: boolean;
  /** Language of replies when the mail gives no clue (an empty note). */
  defaultLanguage: Language;
  /** Reports older than this many days are deleted by the daily cron. */
  retentionDays: number;
};

export type SettingsVars = {
  ORG_NAME?: string;
  REPORT_ADDRESSES?: string;
  SECURITY_TEAM_ADDRESS?: string;
  SECURITY_TEAM_SUSPICIOUS?: string;
  DEFAULT_LANGUAGE?: string;
  RETENTION_DAYS?: string;
  CHECK_ADDRESS?: string;
};

export const DEFAULT_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export type SettingsProblem = { variable: string; message: string };

/** The settings, and what was wrong with the given values (each one replaced by its default). */
export function readSettings(vars: SettingsVars): { settings: Settings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const bad = (variable: string, message: string) => problems.push({ variable, message });
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : v === undefined || v === null ? "" : String(v).trim());

  let orgName = text(vars.ORG_NAME).replace(/\s+/g, " ");
  if (/[\u0000-\u001f\u007f<>]/.test(orgName) || orgName.length > 80) {
    bad("ORG_NAME", "at most 80 characters, no control characters or < >; ignored");
    orgName = "";
  }

  const reportAddresses: string[] = [];
  const rawReport = text(vars.REPORT_ADDRESSES);
  if (rawReport) {
    const list = rawReport.split(/[\s,;]+/).filter(Boolean);
    const wrong = list.filter((a) => !ADDRESS.test(a));
    if (wrong.length || list.length > 5) bad("REPORT_ADDRESSES", `expected 1-5 comma-separated addresses${wrong.length ? `; not an address: ${wrong.slice(0, 3).join(", ").slice(0, 120)}` : ""}; using the national ones`);
    else reportAddresses.push(...list.map((a) => a.toLowerCase()));
  }

  let securityTeam: string | null = text(vars.SECURITY_TEAM_ADDRESS).toLowerCase() || null;
  if (securityTeam && !ADDRESS.test(securityTeam)) {
    bad("SECURITY_TEAM_ADDRESS", "not an address; nothing is forwarded");
    securityTeam = null;
  } else if (securityTeam && securityTeam === text(vars.CHECK_ADDRESS).toLowerCase()) {
    bad("SECURITY_TEAM_ADDRESS", "is the check address itself (that would loop); nothing is forwarded");
    securityTeam = null;
  }

  const flag = text(vars.SECURITY_TEAM_SUSPICIOUS).toLowerCase();
  let securityTeamSuspicious = false;
  if (flag && !/^(?:true|false|1|0|yes|no)$/.test(flag)) bad("SECURITY_TEAM_SUSPICIOUS", 'expected "true" or "false"; using false');
  else securityTeamSuspicious = /^(?:true|1|yes)$/.test(flag);

  const lang = text(vars.DEFAULT_LANGUAGE).toLowerCase();
  let defaultLanguage: Language = "en";
  if (lang === "en" || lang === "ja") defaultLanguage = lang;
  else if (lang) bad("DEFAULT_LANGUAGE", 'expected "ja" or "en"; using "en"');

  const days = text(vars.RETENTION_DAYS);
  let retentionDays = DEFAULT_RETENTION_DAYS;
  if (days) {
    const n = Number(days);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_RETENTION_DAYS) retentionDays = n;
    else bad("RETENTION_DAYS", `expected a whole number of days from 1 to ${MAX_RETENTION_DAYS}; using ${DEFAULT_RETENTION_DAYS}`);
  }

  return { settings: { orgName, reportAddresses, securityTeam, securityTeamSuspicious, defaultLanguage, retentionDays }, problems };
}

let reported = "";

/** readSettings, logging each problem once per isolate (settings only change with a deploy). */
export function settingsFrom(vars: SettingsVars, log: (e: Record<string, unknown>) => void = (e) => console.error(JSON.stringify(e))): Settings {
  const { settings, problems } = readSettings(vars);
  const key = JSON.stringify(problems);
  if (problems.length && key !== reported) {
    reported = key;
    for (const p of problems) log({ event: "config_error", variable: p.variable, message: p.message });
  }
  return settings;
}
