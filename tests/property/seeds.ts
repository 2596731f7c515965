import { fromBase64 } from "../../src/bytes";

/** Every fixture as a seed for mutation (inside workerd: fixtures come in through the bundle). */
const files = import.meta.glob<string>("../fixtures/**/*", { query: "?base64", import: "default", eager: true });

export const SEED_NAMES = Object.keys(files)
  .filter((k) => !k.endsWith(".md"))
  .sort();
export const SEEDS: Uint8Array[] = SEED_NAMES.map((k) => fromBase64(files[k]!));

/** The fixed seed of the property tests in `npm test` (a failure prints the seed and path to replay it). */
export const SEED = 20260706;
