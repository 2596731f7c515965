/** The fake Email Routing message the handler tests deliver: no workerd needed (Node tests use it too). */
export type Sent = { from: string; to: string; raw: string };

/** A stand-in for Email Routing's ForwardableEmailMessage that records what the handler did with it. */
export class FakeMessage {
  readonly headers = new Headers();
  readonly raw: ReadableStream<Uint8Array>;
  readonly rawSize: number;
  replies: Sent[] = [];
  rejected: string[] = [];
  forwarded: string[] = [];
  /** Make reply() throw, as the platform does for a forwarder without DMARC. */
  refuseReply = false;

  constructor(
    bytes: Uint8Array,
    readonly from = "taro.yamada@example.jp",
    readonly to = "check@phishcheck.example",
    rawSize?: number,
  ) {
    this.rawSize = rawSize ?? bytes.byteLength;
    this.raw = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
    // Top-level headers, as the platform exposes them.
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64 * 1024)).split(/\r?\n\r?\n/)[0] ?? "";
    for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
      const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
      // Only ASCII values: workerd's Headers warns (loudly, quoting the whole value) about anything else.
      if (m && /^[\t\x20-\x7e]*$/.test(m[2]!)) {
        try {
          this.headers.append(m[1]!, m[2]!);
        } catch {
          // a header value Headers won't take: skip it, as the platform would
        }
      }
    }
  }

  setReject(reason: string) {
    this.rejected.push(reason);
  }
  async forward(to: string) {
    this.forwarded.push(to);
  }
  async reply(message: EmailMessage) {
    if (this.refuseReply) throw new Error("original email is not repliable");
    const raw = (message as unknown as Record<string, unknown>)["EmailMessage::raw"];
    const text = typeof raw === "string" ? raw : raw instanceof ReadableStream ? await new Response(raw).text() : String(raw);
    this.replies.push({ from: message.from, to: message.to, raw: text });
  }
}
