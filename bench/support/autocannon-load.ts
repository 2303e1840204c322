// @ts-expect-error autocannon ships no types; the fields used below are its documented result.
import autocannon from "autocannon";
import { round } from "./stats";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
}

/**
 * The same URL under `connections` keep-alive connections for `seconds`, with autocannon: the
 * tool issue 19's figures came from. It drives HTTP far more cheaply than a fetch loop, so on a
 * 2-core machine the server, not the load generator, is what it measures. autocannon reports
 * latency at p90 and p97.5, not p95 (p95 lies between them).
 */
export async function autocannonLoad(url: string, connections: number, seconds: number, headers: Record<string, string>) {
  const result = (await autocannon({ url, connections, duration: seconds, headers })) as AutocannonResult;
  return {
    rps: round(result.requests.average),
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
