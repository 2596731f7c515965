import { readFileSync } from "fs";
import { checkMail } from "/work/wt/recall/src/check";
import { loadRules } from "/work/wt/recall/cli/files";
const rules = loadRules(undefined);
for (const f of process.argv.slice(2)) {
  const r = await checkMail(readFileSync(f), rules, { forwarder: "taro.yamada@example.jp" });
  console.log(f, r.verdict, r.score, JSON.stringify(r.reasons.map((x) => [x.code, x.points])), JSON.stringify(r.original));
}
