/** Small statistics helpers for the benchmark. */
export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1], runs: s.length };
}

/**
 * V8 optimises hot code only after it has run a while, and a larger input reaches code paths
 * (and object shapes) a smaller one did not. Each input is therefore run for at least this long
 * before it is measured. (Round 9 took the 10,000-line input's 5.5-7 ms, after 250 runs of the
 * 1,000-line one, for a warm-up; round 10 saw such stretches come and go in a warm process, with
 * the machine: see docs/performance.md.)
 */
const WARM_UP_MS = 1000;

/**
 * Runs `fn` `warmup` times (by default a quarter of the runs, at least 3) and for at least
 * WARM_UP_MS, then measures `runs` runs in milliseconds.
 */
export function timeRuns(
  fn: () => void,
  runs: number,
  warmup = Math.max(3, Math.ceil(runs / 4)),
  /** Set to when the measured runs started and ended (performance.now()). */
  window?: { start: number; end: number },
  warmUpMs = WARM_UP_MS,
): number[] {
  const warmUntil = performance.now() + warmUpMs;
  for (let i = 0; i < warmup || performance.now() < warmUntil; i++) fn();
  const out: number[] = [];
  if (window) window.start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  if (window) window.end = performance.now();
  return out;
}

export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
