/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of any of N literal
 * patterns in one pass over the text, at a cost that does not grow with N.
 *
 * Transitions are packed for the hot path:
 * - ASCII (most of the text of most mail) steps through a full transition table (a DFA): one row per
 *   state over the ASCII characters the patterns use, failure links already followed, so a step is
 *   one array read. Characters no pattern uses share one column, which always leads to the root.
 *   The table holds where the next row starts (state × width), not the state, so a step needs no
 *   multiplication; and a state that reports a pattern is stored negated (~offset), so whether to
 *   report is known from the same read.
 * - Other characters: a code unit no pattern uses leads to the root at once; for the rest, a dense
 *   row for the root and, for every other state, its edges sorted by code unit in one Int32Array
 *   (linear search for a few edges, binary search for many), following failure links.
 * No Map look-up per character, so the cost per character stays flat from a hundred patterns to
 * tens of thousands.
 */
const NON_ASCII = /[^\x00-\x7f]/;
/** compactColumn's mark for a character folding leaves out (at most 129 columns are ever used). */
const SKIP = 255;

export class Matcher {
  private readonly root = new Int32Array(65536);
  private readonly edgeStart: Int32Array;
  private readonly edgeCount: Int32Array;
  /** (code unit, target state) pairs, sorted by code unit within each state. */
  private readonly edges: Int32Array;
  private readonly fail: Int32Array;
  /** Nearest state on the failure chain that has outputs (-1 when none). */
  private readonly dict: Int32Array;
  /** The state itself when it has outputs, else `dict` of it: where reporting starts (-1 when none). */
  private readonly report: Int32Array;
  /** Pattern ids that end at each state (own outputs only). */
  private readonly out: (number[] | undefined)[] = [undefined];
  private readonly lengths: number[] = [];
  /** Every pattern has a character beyond ASCII: plain-ASCII text can hold none of them. */
  private readonly beyondAscii: boolean;
  /** ASCII code unit → its column in `rows` (0: no pattern uses it). */
  private readonly asciiColumn = new Uint8Array(128);
  /** Columns per state in `rows`. */
  private readonly width: number;
  /**
   * Full ASCII transitions by row offset: rows[state * width + column] is the next state's row
   * offset (next state × width), or ~offset (negative) when the next state reports a pattern.
   */
  private readonly rows: Int32Array;
  /** asciiColumn as foldCompact reads ASCII: a capital has its small letter's column, a space is SKIP. */
  private readonly compactColumn = new Uint8Array(128);
  /** Code units beyond ASCII that some pattern uses (1), others (0) lead to the root. */
  private readonly used = new Uint8Array(65536);

  constructor(patterns: readonly string[]) {
    const kids: Map<number, number>[] = [new Map()];
    patterns.forEach((p, id) => {
      this.lengths[id] = p.length;
      if (!p) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = kids[s]!.get(c);
        if (t === undefined) {
          t = kids.length;
          kids.push(new Map());
          this.out.push(undefined);
          kids[s]!.set(c, t);
        }
        s = t;
      }
      const ids = this.out[s] ?? [];
      ids.push(id);
      this.out[s] = ids;
    });

    const n = kids.length;
    this.edgeStart = new Int32Array(n);
    this.edgeCount = new Int32Array(n);
    let total = 0;
    for (const k of kids) total += k.size;
    this.edges = new Int32Array(total * 2);
    let at = 0;
    for (let s = 0; s < n; s++) {
      const list = [...kids[s]!].sort((a, b) => a[0] - b[0]);
      this.edgeStart[s] = at;
      this.edgeCount[s] = list.length;
      for (const [c, t] of list) {
        this.edges[at++] = c;
        this.edges[at++] = t;
      }
    }
    for (const [c, t] of kids[0]!) this.root[c] = t;

    // Failure links, breadth first.
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const queue: number[] = [...kids[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, child] of kids[s]!) {
        let f = this.fail[s]!;
        let t = this.step(f, c);
        while (t < 0 && f !== 0) {
          f = this.fail[f]!;
          t = this.step(f, c);
        }
        const target = t > 0 && t !== child ? t : 0;
        this.fail[child] = target;
        this.dict[child] = this.out[target] ? target : this.dict[target]!;
        queue.push(child);
      }
    }
    this.beyondAscii = patterns.every((p) => !p || NON_ASCII.test(p));
    this.report = new Int32Array(n);
    for (let s = 0; s < n; s++) this.report[s] = this.out[s] ? s : this.dict[s]!;

    // The ASCII table, row by row in breadth-first order: a state's row is its failure state's row
    // (already complete, as it is shallower) with the state's own edges written over it.
    let width = 1;
    for (let i = 0; i < this.edges.length; i += 2) {
      const c = this.edges[i]!;
      if (c < 128) {
        if (this.asciiColumn[c] === 0) this.asciiColumn[c] = width++;
      } else this.used[c] = 1;
    }
    this.width = width;
    for (let c = 0; c < 128; c++)
      this.compactColumn[c] = (c >= 9 && c <= 13) || c === 32 ? SKIP : this.asciiColumn[c >= 65 && c <= 90 ? c + 32 : c]!;
    // Built with states in the table (a row copied from the failure state's row holds targets, which
    // are states), then each entry turned into its row offset in place: one table, no second copy.
    const rows = new Int32Array(n * width);
    const fill = (s: number) => {
      for (const [c, t] of kids[s]!) if (c < 128) rows[s * width + this.asciiColumn[c]!] = t;
    };
    fill(0);
    for (const s of queue) {
      const f = this.fail[s]!;
      rows.copyWithin(s * width, f * width, f * width + width);
      fill(s);
    }
    for (let i = 0; i < rows.length; i++) {
      const t = rows[i]!;
      rows[i] = this.report[t] !== -1 ? ~(t * width) : t * width;
    }
    this.rows = rows;
  }

  get size(): number {
    return this.lengths.length;
  }

  patternLength(id: number): number {
    return this.lengths[id] ?? 0;
  }

  /** False when `text` can hold no pattern: plain ASCII, and every pattern has a character beyond it. */
  mayMatchIn(text: string): boolean {
    return !this.beyondAscii || NON_ASCII.test(text);
  }

  /** Target of state `s` on code unit `c`, or -1. */
  private step(s: number, c: number): number {
    if (s === 0) return this.root[c] || -1;
    const start = this.edgeStart[s]!;
    const count = this.edgeCount[s]!;
    const e = this.edges;
    if (count <= 8) {
      for (let i = start, end = start + 2 * count; i < end; i += 2) if (e[i] === c) return e[i + 1]!;
      return -1;
    }
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = e[start + 2 * mid]!;
      if (k === c) return e[start + 2 * mid + 1]!;
      if (k < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Target of state `s` on a code unit beyond ASCII that some pattern uses, failure links followed. */
  private nextBeyondAscii(s: number, code: number): number {
    if (s === 0) return this.root[code]!;
    let t = this.step(s, code);
    while (t < 0) {
      s = this.fail[s]!;
      if (s === 0) return this.root[code]!;
      t = this.step(s, code);
    }
    return t;
  }

  /** Reports every pattern that ends at state `s` (its own and those on its failure chain). */
  private emit(s: number, end: number, onMatch: (id: number, end: number) => void): void {
    for (let o = this.report[s]!; o !== -1; o = this.dict[o]!) {
      for (const id of this.out[o]!) onMatch(id, end);
    }
  }

  /**
   * scanFrom() of plain-ASCII `text` as text/normalize's foldCompact folds it (capitals as small
   * letters, spaces, tabs and line breaks left out), without making the folded copy: the same
   * patterns are reported in the same order, with `end` the index after the match in `text` itself.
   * Only for patterns that are themselves so folded (the rule phrases) and text with no character
   * beyond ASCII.
   */
  scanCompactAscii(state: number, text: string, onMatch: (id: number, end: number) => void): number {
    const rows = this.rows;
    const column = this.compactColumn;
    const width = this.width;
    let r = state * width;
    for (let i = 0, n = text.length; i < n; i++) {
      const col = column[text.charCodeAt(i)]!;
      if (col === SKIP) continue;
      r = rows[r + col]!;
      if (r < 0) {
        r = ~r;
        this.emit(r / width, i + 1, onMatch);
      }
    }
    return r / width;
  }

  /** The first occurrence scan() would report: its pattern id and the index after it; undefined when there is none. */
  first(text: string): { id: number; end: number } | undefined {
    if (!this.mayMatchIn(text)) return undefined;
    const report = this.report;
    const rows = this.rows;
    const column = this.asciiColumn;
    const width = this.width;
    const used = this.used;
    let r = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      let s: number;
      if (code < 128) {
        r = rows[r + column[code]!]!;
        if (r >= 0) continue;
        r = ~r;
        s = r / width;
      } else {
        s = used[code] === 0 ? 0 : this.nextBeyondAscii(r / width, code);
        r = s * width;
        if (report[s] === -1) continue;
      }
      return { id: this.out[report[s]!]![0]!, end: i + 1 };
    }
    return undefined;
  }

  /** Calls `onMatch(patternId, end)` for every occurrence; `end` is the index after the match. */
  scan(text: string, onMatch: (id: number, end: number) => void): void {
    if (this.mayMatchIn(text)) this.scanFrom(0, text, onMatch);
  }

  /**
   * scan() starting in `state` (0: the start; else what a previous call returned) and returning the
   * state it ends in: text scanned in pieces, each call carrying on from the last, reports what one
   * scan of the pieces joined would (`end` counted in each piece).
   */
  scanFrom(state: number, text: string, onMatch: (id: number, end: number) => void): number {
    // The hot loop: one table read per ASCII character, which also says whether to report; the
    // rest out of line. (r is the current state's row offset: state × width.)
    const report = this.report;
    const rows = this.rows;
    const column = this.asciiColumn;
    const width = this.width;
    const used = this.used;
    let r = state * width;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        r = rows[r + column[code]!]!;
        if (r < 0) {
          r = ~r;
          this.emit(r / width, i + 1, onMatch);
        }
      } else {
        const s = used[code] === 0 ? 0 : this.nextBeyondAscii(r / width, code);
        r = s * width;
        if (report[s] !== -1) this.emit(s, i + 1, onMatch);
      }
    }
    return r / width;
  }
}
