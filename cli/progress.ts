/**
 * A one-line progress counter on stderr for long runs (eval, bench), only when stderr is a
 * terminal: piped or redirected output stays exactly as before.
 */
export function progress(label: string, total: number): { tick: () => void; done: () => void } {
  if (!process.stderr.isTTY || total <= 0) return { tick: () => undefined, done: () => undefined };
  let n = 0;
  let last = 0;
  const draw = () => process.stderr.write(`\r${label}: ${n}/${total} (${Math.floor((100 * n) / total)}%)`);
  return {
    tick: () => {
      n++;
      const now = Date.now();
      if (now - last >= 200 || n === total) {
        last = now;
        draw();
      }
    },
    done: () => process.stderr.write("\r\x1b[K"),
  };
}
