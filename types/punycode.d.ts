/** The ES module build of the `punycode` package (RFC 3492; no types of its own). Only what src/ uses. */
declare module "punycode/punycode.es6.js" {
  /** Decodes a label's Punycode (without "xn--"); throws RangeError on invalid input or overflow. */
  export function decode(input: string): string;
}
