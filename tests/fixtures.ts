import { fromBase64 } from "../src/bytes";

/** Fixture files as bytes (works inside workerd, where there is no file system). */
const files = import.meta.glob<string>("./fixtures/**/*", { query: "?base64", import: "default", eager: true });

export function fixture(path: string): Uint8Array {
  const b64 = files[`./fixtures/${path}`];
  if (b64 === undefined) throw new Error(`no fixture ${path}`);
  return fromBase64(b64);
}

export function fixtureText(path: string): string {
  return new TextDecoder().decode(fixture(path));
}

/** Every fixture's path under tests/fixtures/, for tests that run over all of them. */
export function fixturePaths(): string[] {
  return Object.keys(files).map((k) => k.slice("./fixtures/".length));
}
