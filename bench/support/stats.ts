export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/**
 * Runs `request` from `concurrency` loops for `durationMs`; returns per-request latencies and errors.
 * Each loop passes its own index so a caller can keep per-client state (its builds, its tokens).
 */
export async function load(concurrency: number, durationMs: number, request: (worker: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await request(worker).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, rps: latencies.length / elapsedS, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
}
