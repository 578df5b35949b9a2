/** Runs fn n times (after a warm-up) and returns the durations in ms, sorted. */
export async function timeMany(n: number, fn: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < Math.min(20, n); i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (s: number[]) => pct(s, 50);
export const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

/** Times a and b alternately, so warm-up, GC and cache effects fall on both alike. Returns both sorted. */
export async function timePairs(n: number, a: () => unknown, b: () => unknown): Promise<[number[], number[]]> {
  for (let i = 0; i < 20; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  return [ta.sort((x, y) => x - y), tb.sort((x, y) => x - y)];
}
