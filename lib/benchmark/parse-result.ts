import type { z } from "zod";
import {
  benchmarkResultSchema,
  RESULT_SCHEMA_NAME,
  RESULT_SCHEMA_VERSION,
  type BenchmarkResult,
} from "./result-schema";
import { parseUntrustedJson, UnsafeJsonError } from "../json/untrusted-json";

export const MAX_RESULT_BYTES = 1_000_000;

export type ParseErrorCode =
  | "too_large"
  | "not_json"
  | "wrong_schema"
  | "unsupported_version"
  | "absurd_value"
  | "invalid_shape";

export interface ResultIssue {
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; result: BenchmarkResult }
  | { ok: false; error: { code: ParseErrorCode; message: string; issues?: ResultIssue[] } };

function fail(code: ParseErrorCode, message: string, issues?: ResultIssue[]): ParseResult {
  return { ok: false, error: { code, message, ...(issues && { issues }) } };
}

function byteLength(text: string): number {
  // UTF-8 never uses more than 3 bytes per UTF-16 unit, so most texts skip the encoding.
  if (text.length * 3 <= MAX_RESULT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Out-of-range numbers, over-long strings and over-long lists: forged or corrupted data. */
function isAbsurd(issue: z.core.$ZodIssue): boolean {
  if (issue.code === "too_big") return true;
  return issue.code === "too_small" && issue.origin === "number";
}

export function parseBenchmarkResult(text: string): ParseResult {
  if (byteLength(text) > MAX_RESULT_BYTES) return fail("too_large", `Result is over ${MAX_RESULT_BYTES} bytes.`);
  let data: unknown;
  try {
    data = parseUntrustedJson(text);
  } catch (e) {
    if (e instanceof UnsafeJsonError) return fail("invalid_shape", `${e.message}.`);
    return fail("not_json", `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail("invalid_shape", "Expected a JSON object.");
  }
  const record = data as Record<string, unknown>;
  if (record.schema !== RESULT_SCHEMA_NAME) {
    return fail("wrong_schema", `Expected "schema": "${RESULT_SCHEMA_NAME}"; this is not a benchmark result.`);
  }
  if (record.schemaVersion !== RESULT_SCHEMA_VERSION) {
    return fail(
      "unsupported_version",
      `Schema version ${JSON.stringify(record.schemaVersion)} is not supported; expected ${RESULT_SCHEMA_VERSION}. Regenerate the script.`,
    );
  }
  const parsed = benchmarkResultSchema.safeParse(data);
  if (parsed.success) return { ok: true, result: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return parsed.error.issues.every(isAbsurd)
    ? fail("absurd_value", "Some values are outside any physically possible range.", issues)
    : fail("invalid_shape", "The result does not match the benchmark result schema.", issues);
}
