import { percentile, round } from "./stats";

// The catalog queries the HTTP benchmarks time: text search, category + spec filters, spec sorts.
export const SEARCHES = [
  "category=gpu",
  "category=gpu&vramGb=16&sort=price-asc",
  "q=rtx",
  "category=cpu&socket=AM5",
  "q=ddr5 32gb",
  "category=case&maxGpuLengthMm=350",
  "category=psu&wattage=1000&sort=spec-desc",
];

/** Sequential requests (no load), so the figures are the API's own latency. */
export async function searchLatency(baseUrl: string, rounds = 30) {
  const times: number[] = [];
  for (let round_ = 0; round_ < rounds; round_++) {
    for (const query of SEARCHES) {
      const t0 = performance.now();
      const response = await fetch(`${baseUrl}/api/parts?${query}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`search ${query}: ${response.status}`);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { requests: times.length, p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2) };
}

/** The example build's share page path, as linked from the home page. */
export async function exampleSharePath(baseUrl: string): Promise<string> {
  const home = await (await fetch(`${baseUrl}/`)).text();
  const share = /href="(\/b\/[A-Za-z0-9_-]{22})"/.exec(home)?.[1];
  if (!share) throw new Error("example build link not found on the home page");
  return share;
}
