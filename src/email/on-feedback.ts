import { parseMail } from "../mail/parse";
import { composeThanks } from "../reply/help";
import { ORG_WORDS } from "../reply/org-wording";
import { detectLanguage } from "../verdict/language";
import { answer } from "./answer";
import { readerNote } from "./feedback";
import { later } from "./later";
import type { Settings } from "./settings";
import type { EmailDeps, FlowCtx, IncomingEmail, Outcome } from "./types";

/** A reader's note on one of our verdicts: thanked once (this mail), recorded as feedback on that report. */
export async function onFeedback(msg: IncomingEmail, deps: EmailDeps, settings: Settings, raw: Uint8Array, repliedTo: string[], c: FlowCtx & { subject: string }): Promise<Outcome> {
  let note = "";
  try {
    const mail = await parseMail(raw);
    note = readerNote(mail.bodyText, [msg.to, ...(deps.ownAddresses ?? [])]);
  } catch {
    // an unreadable note is still a reply to our verdict: thanked, recorded empty
  }
  const lang = /\p{L}/u.test(`${c.subject}${note}`) ? detectLanguage(c.subject, note) : settings.defaultLanguage;
  const outcome = await answer(
    msg,
    deps,
    { kind: "feedback", content: () => composeThanks(lang, settings.orgName), rejectLine: () => `phishcheck: ${ORG_WORDS[lang].thanksHeadline}`, inReplyTo: c.messageId, fromName: c.fromName },
    c.finish,
  );
  const at = Date.now();
  later(deps, c.log, "feedback", async (store) => {
    const report = await store.feedback(repliedTo, note, at);
    c.log({ event: "feedback", matched: report !== null, chars: note.length });
  });
  return outcome;
}
