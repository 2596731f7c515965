/** @jsxImportSource hono/jsx */
import { checkMail } from "../../check";
import { composeReply } from "../../reply/compose";
import { activeRules, readActive } from "../../rules/store";
import { currentRules, propose } from "../changes";
import { type ConsoleApp, form, one, page } from "./context";
import { opsFromForm } from "./forms";
import { TryPage } from "./pages/try";

/** "Try a mail": an uploaded .eml checked with the active rules or a draft change, with the reply as the reader gets it. */
export function tryRoutes(app: ConsoleApp) {
  app.get("/try", (c) => c.html(<TryPage p={page(c)} ops={c.req.query("ops") ?? ""} />));

  app.post("/try", async (c) => {
    const p = page(c);
    const f = await form(c);
    const opsText = one(f, "ops").trim();
    const file = Array.isArray(f.mail) ? f.mail[0] : f.mail;
    if (!(file instanceof File) || file.size === 0) return c.html(<TryPage p={p} ops={opsText} error={p.t.try.noFile} />, 400);
    const record = await readActive(c.env.RULES);
    let rules = await activeRules(c.env.RULES);
    let usedDraft = false;
    if (opsText) {
      const parsed = opsFromForm({ ops: opsText });
      if ("issues" in parsed) return c.html(<TryPage p={p} ops={opsText} error="invalid_patch" issues={parsed.issues} />, 400);
      const accepted = await propose(currentRules(record), { kind: "patch", body: { ops: parsed.ops } });
      if (!accepted.ok) return c.html(<TryPage p={p} ops={opsText} error={accepted.error} issues={accepted.issues} />, 400);
      rules = accepted.compiled;
      usedDraft = true;
    }
    const result = await checkMail(new Uint8Array(await file.arrayBuffer()), rules);
    const reply = composeReply({ kind: "verdict", result });
    return c.html(
      <TryPage p={p} ops={opsText} result={{ verdict: result.verdict, score: result.score, reasons: result.reasons, language: result.language, reply, usedDraft, version: rules.version }} />,
    );
  });
}
