import { createMimeMessage } from "mimetext/browser";
import type { ReplyContent } from "./compose";

export type ReplyEnvelope = {
  /** Our check address (the reply's From; it must be on the receiving domain). */
  from: string;
  /** Whoever forwarded the mail to us (the envelope sender). */
  to: string;
  /** Message-ID of the forward we answer, angle brackets included. */
  inReplyTo: string | null;
  references: string | null;
};

/** The reply as raw MIME (text and HTML alternatives), threaded to the forward and marked auto-replied. */
export function buildReplyMime(env: ReplyEnvelope, content: ReplyContent): string {
  const msg = createMimeMessage();
  msg.setSender({ name: "phishcheck", addr: env.from });
  msg.setRecipient(env.to);
  msg.setSubject(content.subject);
  if (env.inReplyTo) {
    msg.setHeader("In-Reply-To", env.inReplyTo);
    msg.setHeader("References", [env.references, env.inReplyTo].filter(Boolean).join(" "));
  }
  msg.setHeader("Auto-Submitted", "auto-replied");
  msg.setHeader("X-Auto-Response-Suppress", "All");
  // mimetext writes part bodies as given: encode them ourselves (UTF-8, base64, 76-char lines).
  msg.addMessage({ contentType: "text/plain", encoding: "base64", data: base64Lines(content.text) });
  msg.addMessage({ contentType: "text/html", encoding: "base64", data: base64Lines(content.html) });
  return msg.asRaw();
}

function base64Lines(text: string): string {
  const bytes = new TextEncoder().encode(text.replace(/\r?\n/g, "\r\n"));
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/.{76}(?=.)/g, "$&\r\n");
}
