/**
 * npm run bench -- --worst [--runs N]   (or: npx tsx cli/bench-worst.ts)
 *
 * The worst case the caps allow (README, "Budget guard"), built the same way every time: one mail at
 * every cap at once — 200,000 characters of Japanese and English phishing text, 700 links (more than the
 * link cap keeps) to distinct look-alike hosts, each carrying a redirect to another host and a recipient's address, 3,000 To
 * addresses — in two builds: plain text (links bare in the text) and HTML (each link's text showing a
 * brand's sign-in address, so every link names a third host). Prints the CPU time of the analysis
 * (process.cpuUsage over N runs after a warm-up, per run), and the same mail without its links and
 * with only its links, so one sees which part costs what. Parse and findOriginal are printed aside:
 * the budget guard bounds the analysis; postal-mime's parse is bounded by the MIME pre-pass.
 */
import { parseMail } from "../src/mail/parse";
import { findOriginal } from "../src/original/find";
import type { Original } from "../src/original/types";
import { analyse } from "../src/check";
import { compileRules, type CompiledRules } from "../src/rules/compile";
import { defaultRules } from "../src/rules/default";
import { FORWARDER } from "./bench-pipeline";

export type WorstBuild = "text" | "html";

const PARA = "Your Amazon account has been suspended. アカウントが停止されました。24時間以内にログインして確認してください。 Verify your PayPal payment now, click here. ";

/** The worst-case mail, as raw text. `links: false` leaves the links out, `text: false` the filler text. */
export function worstMail(build: WorstBuild, { links = true, text = true }: { links?: boolean; text?: boolean } = {}): string {
  const to = Array.from({ length: 3000 }, (_, i) => `user${i}@corp${i}.example.com`).join(", ");
  let body = "";
  if (text) while (body.length < 260_000) body += PARA;
  const href = (i: number) => `https://secure-${i}.amaz0n-login${i}.example.ml/wp-admin/x?url=https%3A%2F%2Fr${i}.example.tk%2F&e=user${i % 60}@corp${i % 60}.example.com`;
  const n = links ? 700 : 0;
  const head = `From: Amazon <no-reply@amaz0n-support.example.ml>\r\nTo: ${to}\r\nSubject: =?UTF-8?B?${Buffer.from("【Amazon】お支払い方法の確認 Verify your account").toString("base64")}?=\r\nMIME-Version: 1.0\r\n`;
  if (build === "text") {
    const list = Array.from({ length: n }, (_, i) => href(i)).join("\n");
    return `${head}Content-Type: text/plain; charset=utf-8\r\n\r\n${list}\n${body}`;
  }
  const anchors = Array.from({ length: n }, (_, i) => `<p><a href="${href(i)}">https://signin${i}.amazon-account${i}.co.jp/ap/signin</a></p>`).join("\n");
  const html = `<html><body>${anchors}<p>${body.replace(/。/g, "。</p><p>")}</p></body></html>`;
  return `${head}Content-Type: text/html; charset=utf-8\r\n\r\n${html}`;
}

/**
 * CPU milliseconds per call of f over `runs` calls after two warm-up calls: the mean, the median and the
 * fastest run. On a loaded machine single runs spread from the fastest to three times it (other jobs'
 * cache use, the GC's helper threads counted in the process's CPU time): the mean is the figure that
 * counts, the median and the fastest say how much of it is the machine.
 */
function cpuMs(f: () => unknown, runs: number): { mean: number; median: number; min: number } {
  f();
  f();
  const t: number[] = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    t.push((c.user + c.system) / 1000);
  }
  t.sort((a, b) => a - b);
  return { mean: t.reduce((a, b) => a + b, 0) / runs, median: t[runs >> 1]!, min: t[0]! };
}

async function cpuMsAsync(f: () => Promise<unknown>, runs: number): Promise<number> {
  await f();
  const c0 = process.cpuUsage();
  for (let k = 0; k < runs; k++) await f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / runs;
}

async function originalOf(raw: string): Promise<Original> {
  return findOriginal(await parseMail(raw), FORWARDER);
}

export async function benchWorst(runs = 20, rules: CompiledRules = compileRules(defaultRules(), 0)): Promise<void> {
  console.log(`## Worst case the caps allow (Node ${process.version}; CPU ms per run, ${runs} runs after a warm-up)\n`);
  console.log("| build | raw KB | text chars | links | recipients | distinct link hosts | verdict | parse | find | analyse | analyse, no links | analyse, links only |");
  console.log("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
  for (const build of ["text", "html"] as const) {
    const raw = worstMail(build);
    const o = await originalOf(raw);
    const noLinks = await originalOf(worstMail(build, { links: false }));
    const onlyLinks = await originalOf(worstMail(build, { text: false }));
    const hosts = new Set(o.links.map((l) => { try { return new URL(l.href).hostname; } catch { return l.href; } })).size;
    const parse = await cpuMsAsync(() => parseMail(raw), Math.max(3, runs / 4));
    const find = await cpuMsAsync(async () => findOriginal(await parseMail(raw), FORWARDER), Math.max(3, runs / 4)) - parse;
    const a = cpuMs(() => analyse(o, rules), runs);
    const aNo = cpuMs(() => analyse(noLinks, rules), runs);
    const aOnly = cpuMs(() => analyse(onlyLinks, rules), runs);
    const verdict = analyse(o, rules).verdict;
    const f = (x: number) => x.toFixed(1);
    const g = (x: { mean: number; median: number; min: number }) => `${f(x.mean)} (${f(x.median)}, ${f(x.min)})`;
    console.log(`| ${build} | ${(raw.length / 1024).toFixed(0)} | ${o.text.length} | ${o.links.length} | ${o.recipients.length} | ${hosts} | ${verdict} | ${f(parse)} | ${f(find)} | **${g(a)}** | ${g(aNo)} | ${g(aOnly)} |`);
  }
  console.log("\nAnalyse columns: mean (median, fastest) per run. The budget: 10 ms of CPU per mail on the Workers free plan (parse + find + analyse + reply).");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--runs");
  await benchWorst(i > 0 ? Number(process.argv[i + 1]) : 20);
}
