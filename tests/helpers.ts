import PostalMime from "postal-mime";
import worker from "../worker/index";
import { env } from "cloudflare:test";
import { fixture } from "./fixtures";

import { FakeMessage, type Sent } from "./fake-message";

export { FakeMessage, type Sent };

export function testEnv(overrides: Partial<Env> = {}): Env {
  return { ...(env as unknown as Env), ...overrides };
}

/** Runs the real email handler on a message. */
export async function deliver(msg: FakeMessage, e: Env = testEnv()): Promise<FakeMessage> {
  await worker.email!(msg as unknown as ForwardableEmailMessage, e, {} as ExecutionContext);
  return msg;
}

export async function deliverFixture(path: string, from?: string, e?: Env) {
  return deliver(new FakeMessage(fixture(path), from), e);
}

/** The reply as parsed mail: its headers, and its text part. */
export async function parseReply(sent: Sent) {
  const mail = await PostalMime.parse(sent.raw);
  return { mail, text: mail.text ?? "", firstLine: (mail.text ?? "").split(/\r?\n/)[0] ?? "", html: mail.html ?? "" };
}

let seq = 0;
/** A minimal message, with a fresh Message-ID so the per-Message-ID dedupe never hides a test's reply. */
export function rawMail(headers: Record<string, string>, body = "hello"): Uint8Array {
  const all = { "Message-ID": `<t${Date.now()}.${seq++}@example.jp>`, Date: "Tue, 2 Mar 2021 10:00:00 +0900", ...headers };
  const head = Object.entries(all).map(([k, v]) => `${k}: ${v}`).join("\r\n");
  return new TextEncoder().encode(`${head}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);
}

/** Deletes every key of a KV namespace (a fresh rule store for the next test). */
export async function emptyKv(kv: KVNamespace): Promise<void> {
  for (;;) {
    const { keys, list_complete } = await kv.list();
    await Promise.all(keys.map((k) => kv.delete(k.name)));
    if (list_complete) break;
  }
}
