// Public API of the benchmark checklist and results; API routes and UI import from here.
export { buildChecklist, NO_GPU_NOTE } from "./build-checklist";
export { renderChecklistMarkdown } from "./render-markdown";
export { renderBenchmarkScript } from "./render-script";
export { benchmarkResultSchema, RESULT_SCHEMA_NAME, RESULT_SCHEMA_VERSION } from "./result-schema";
export type { BenchmarkResult, Measurement } from "./result-schema";
export { parseBenchmarkResult, MAX_RESULT_BYTES } from "./parse-result";
export type { ParseErrorCode, ParseResult } from "./parse-result";
export { compareResult, judge } from "./compare-result";
export type { ComparisonRow, Verdict } from "./compare-result";
export type * from "./types";
