/** Fixture files as bytes (works inside workerd, where there is no file system). */
const files = import.meta.glob<string>("./fixtures/**/*", { query: "?base64", import: "default", eager: true });

export function fixture(path: string): Uint8Array {
  const b64 = files[`./fixtures/${path}`];
  if (b64 === undefined) throw new Error(`no fixture ${path}`);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function fixtureText(path: string): string {
  return new TextDecoder().decode(fixture(path));
}
