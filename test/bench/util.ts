/** Timing helpers for benchmarks: repeated runs, medians, memory in MB. */

/** Runs fn `times` times and returns each duration in ms. */
export function time(times: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** Runs an async fn `times` times, one after the other, and returns each duration in ms. */
export async function timeAsync(times: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/** Median of a list of durations. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Forces a garbage collection when node runs with --expose-gc. */
export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;
