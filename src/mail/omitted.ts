/**
 * The markers that stand in for an attachment body the pre-pass (slim.ts) left out: written in
 * the part's own transfer encoding, read back by omittedPart() once postal-mime has parsed the mail.
 */
import { randomHex } from "../bytes";
import { CR, lineEnd } from "./mime-scan";

export type OmittedPart = { size: number; inner?: string[] };

const latin1 = new TextDecoder("latin1");
const encoder = new TextEncoder();

let nonceValue: string | undefined;
/** Random per isolate; made on first use (workerd allows no random values at global scope). */
export function slimNonce(): string {
  nonceValue ??= randomHex(12);
  return nonceValue;
}

/** Decoded size of a body, estimated from its encoding and line length (no decoding). */
export function estimateSize(raw: Uint8Array, start: number, end: number, cte: string): number {
  const len = end - start;
  if (cte !== "base64") return len;
  const lf = lineEnd(raw, start, end);
  let l = lf - start;
  let eol = lf < end ? 1 : 0;
  if (l > 0 && raw[lf - 1] === CR) {
    l--;
    eol++;
  }
  if (l <= 0) return 0;
  return Math.floor(((len * l) / (l + eol)) * 0.75);
}

function markerText(part: OmittedPart): string {
  const inner = part.inner ? `:${part.inner.map(encodeURIComponent).join("/")}` : "";
  return `phishcheck-omitted:${slimNonce()}:${part.size}${inner}`;
}

function wrap76(s: string): string {
  return s.replace(/.{1,76}/g, "$&\r\n");
}

/** The marker's body bytes, in the part's own transfer encoding. */
export function markerBody(part: OmittedPart, cte: string): Uint8Array {
  const text = markerText(part);
  return encoder.encode(cte === "base64" ? wrap76(btoa(text)) : `${text}\r\n`);
}

/** What an attachment's content says when its body was omitted here, or undefined. */
export function omittedPart(content: ArrayBuffer | Uint8Array | string): OmittedPart | undefined {
  const len = typeof content === "string" ? content.length : content.byteLength;
  if (len > 64 * 1024 || len < 20) return undefined;
  const prefix = `phishcheck-omitted:${slimNonce()}:`;
  // Compare the start first: most attachments are not markers, and need no decoding.
  const head = typeof content === "string" ? content.slice(0, prefix.length) : latin1.decode((content instanceof Uint8Array ? content : new Uint8Array(content)).subarray(0, prefix.length));
  if (head !== prefix) return undefined;
  const text = typeof content === "string" ? content : latin1.decode(content);
  const [size, inner] = text.slice(prefix.length).trim().split(":");
  const part: OmittedPart = { size: Number(size) || 0 };
  if (inner !== undefined)
    part.inner = inner
      .split("/")
      .filter(Boolean)
      .map((n) => {
        try {
          return decodeURIComponent(n);
        } catch {
          return n;
        }
      });
  return part;
}
