import { foldSpaced } from "../text/normalize";

/** A text folded both ways (text/normalize.ts): words one space apart, and with no spaces at all. */
export type Folded = { spaced: string; compact: string };

/**
 * The mail's text folded for name and phrase look-ups (NFKC, lower case, spaces collapsed or
 * removed) with one normalisation pass, however many times it is asked for.
 *
 * One pass: foldCompact(t) is foldSpaced(t) without its spaces (made when first asked for). Both strip the same invisible
 * characters, normalise and lower-case the same string, and differ only in what a run of spaces
 * becomes; every space left in the spaced form is such a run (a space is itself in the run class).
 *
 * Asked for more than once: the reply's Japanese brand name reads the top of the mail once per
 * reason that names a brand. Folding is a pure function of the text, so the last few texts are kept,
 * keyed by the text itself, until the analysis of the mail ends (forgetFolded: nothing of one mail
 * outlives its check). Short texts (names, subjects) cost less to fold than to look up, and whole
 * bodies are not copied: those are folded directly.
 */
const KEPT = 4;
const MIN_KEPT = 256;
const MAX_KEPT = 20_000;

const cache = new Map<string, Folded>();

/**
 * The compact form is made when first read: brand names in other scripts are searched in it, and
 * in plain-ASCII text there are none to search for. (A class, not an object literal with a getter:
 * V8 builds those slowly, about 2 µs each.)
 */
class FoldedText implements Folded {
  #compact: string | undefined;
  constructor(readonly spaced: string) {}
  get compact(): string {
    this.#compact ??= this.spaced.includes(" ") ? this.spaced.replaceAll(" ", "") : this.spaced;
    return this.#compact;
  }
}

function fold(text: string): Folded {
  return new FoldedText(foldSpaced(text));
}

/** The text folded both ways. */
export function folded(text: string): Folded {
  if (text.length < MIN_KEPT || text.length > MAX_KEPT) return fold(text);
  let f = cache.get(text);
  if (f === undefined) {
    if (cache.size >= KEPT) cache.delete(cache.keys().next().value!);
    f = fold(text);
    cache.set(text, f);
  }
  return f;
}

/** Forgets the texts kept (called when the analysis of a mail ends). */
export function forgetFolded(): void {
  cache.clear();
}
