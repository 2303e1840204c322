import type { BenchmarkResult } from "./result-schema";

/** A benchmark run as the data layer returns it: the validated document plus upload facts. */
export interface StoredBenchmarkRun {
  id: string;
  buildId: string;
  /** The build's version at upload time; expectations always come from the current version. */
  buildVersion: number;
  createdAt: Date;
  result: BenchmarkResult;
}

/** Uploads a build keeps; results are ~10 kB, and every read re-judges each run. */
export const MAX_RUNS_PER_BUILD = 50;
