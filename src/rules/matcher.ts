/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of any of N literal
 * patterns in one pass over the text, at a cost that does not grow with N.
 * Transitions live in one Map keyed by state * 65536 + code unit.
 */
export class Matcher {
  private readonly goto = new Map<number, number>();
  private fail: Int32Array = new Int32Array(1);
  /** Pattern ids that end at each state (own outputs only). */
  private readonly out: (number[] | undefined)[] = [undefined];
  /** Nearest state on the failure chain that has outputs (-1 when none). */
  private dict: Int32Array = new Int32Array(1).fill(-1);
  private states = 1;
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, id) => this.insert(p, id));
    this.build();
  }

  get size(): number {
    return this.lengths.length;
  }

  patternLength(id: number): number {
    return this.lengths[id] ?? 0;
  }

  private insert(pattern: string, id: number): void {
    this.lengths[id] = pattern.length;
    if (!pattern) return;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const key = s * 65536 + pattern.charCodeAt(i);
      let t = this.goto.get(key);
      if (t === undefined) {
        t = this.states++;
        this.goto.set(key, t);
        this.out.push(undefined);
      }
      s = t;
    }
    (this.out[s] ??= []).push(id);
  }

  private build(): void {
    const n = this.states;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    // Children per state, for the breadth-first walk.
    const children: number[][] = Array.from({ length: n }, () => []);
    for (const [key, child] of this.goto) children[Math.floor(key / 65536)]!.push(key % 65536, child);
    const queue: number[] = [];
    const root = children[0]!;
    for (let i = 0; i < root.length; i += 2) queue.push(root[i + 1]!);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const kids = children[s]!;
      for (let i = 0; i < kids.length; i += 2) {
        const code = kids[i]!;
        const child = kids[i + 1]!;
        let f = this.fail[s]!;
        let t = this.goto.get(f * 65536 + code);
        while (t === undefined && f !== 0) {
          f = this.fail[f]!;
          t = this.goto.get(f * 65536 + code);
        }
        const target = t !== undefined && t !== child ? t : 0;
        this.fail[child] = target;
        this.dict[child] = this.out[target] ? target : this.dict[target]!;
        queue.push(child);
      }
    }
  }

  /** Calls `onMatch(patternId, end)` for every occurrence; `end` is the index after the match. */
  scan(text: string, onMatch: (id: number, end: number) => void): void {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let t = this.goto.get(s * 65536 + code);
      while (t === undefined && s !== 0) {
        s = this.fail[s]!;
        t = this.goto.get(s * 65536 + code);
      }
      s = t ?? 0;
      for (let o = this.out[s] ? s : this.dict[s]!; o !== -1; o = this.dict[o]!) {
        for (const id of this.out[o]!) onMatch(id, i + 1);
      }
    }
  }
}
