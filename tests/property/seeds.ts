/** Every fixture as a seed for mutation (inside workerd: fixtures come in through the bundle). */
const files = import.meta.glob<string>("../fixtures/**/*", { query: "?base64", import: "default", eager: true });

function bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const SEED_NAMES = Object.keys(files)
  .filter((k) => !k.endsWith(".md"))
  .sort();
export const SEEDS: Uint8Array[] = SEED_NAMES.map((k) => bytes(files[k]!));

/** The fixed seed of the property tests in `npm test` (a failure prints the seed and path to replay it). */
export const SEED = 20260706;
