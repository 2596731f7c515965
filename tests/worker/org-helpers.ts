/** Helpers for the organisation tests: deliveries with a real ExecutionContext (waitUntil awaited), the admin API, the D1 tables. */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../worker/index";
import { type FakeMessage, testEnv } from "../helpers";

export const TOKEN = "test-admin-token-0123456789abcdef";
export const db = () => (env as unknown as Env).DB!;

/** worker.email with a real ExecutionContext: returns once the answer is sent AND the deferred database work is done. */
export async function deliverAndWait(msg: FakeMessage, e: Env = testEnv()): Promise<FakeMessage> {
  const ctx = createExecutionContext();
  await worker.email!(msg as unknown as ForwardableEmailMessage, e, ctx);
  await waitOnExecutionContext(ctx);
  return msg;
}

export async function adminGet(path: string, e: Env = testEnv({ ADMIN_TOKEN: TOKEN })): Promise<Response> {
  const req = new Request(`https://phishcheck.test${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return worker.fetch!(req as Request<unknown, IncomingRequestCfProperties>, { ...e, ADMIN_TOKEN: TOKEN }, createExecutionContext());
}

export async function adminJson<T = Record<string, unknown>>(path: string, e?: Env): Promise<T> {
  const res = await adminGet(path, e);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** Every stored row of both tables, as one JSON string (for "this text is nowhere in the database"). */
export async function dumpTables(): Promise<string> {
  const reports = await db().prepare("SELECT * FROM reports").all();
  const feedback = await db().prepare("SELECT * FROM feedback").all();
  return JSON.stringify([reports.results, feedback.results]);
}

export async function clearTables(): Promise<void> {
  await db().batch([db().prepare("DELETE FROM feedback"), db().prepare("DELETE FROM reports")]);
}

let n = 0;
/** A sender address no other test uses (the per-Message-ID memo and rate limits never reach across tests). */
export const uniqueSender = (tag: string, domain = "example.jp") => `${tag}${n++}.${Date.now()}@${domain}`;
