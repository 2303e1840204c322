import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateJsonSchema } from "./mini-json-schema";
import { MAX_RESULT_BYTES, parseBenchmarkResult } from "./parse-result";
import { benchmarkResultSchema, MEASUREMENT_STATUSES, UNIT_MAX, type BenchmarkResult } from "./result-schema";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
const jsonSchema = JSON.parse(read("../../docs/benchmark-result.schema.json")) as Record<string, unknown>;
const FIXTURES = ["result-1080ti-box.json", "result-4090-box.json"];
const fixture = (name: string) => JSON.parse(read(`./fixtures/${name}`)) as BenchmarkResult;
const DELETE = Symbol("delete");

/** Sets (or deletes) a dotted path such as "measurements.8.value" in a parsed document. */
function setPath(doc: unknown, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop() as string;
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], doc) as Record<string, unknown>;
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
}

const gpu0 = fixture("result-1080ti-box.json").machine.gpus[0];

/** Each breaks the 1080 Ti fixture at one path; the last field is the expected parse error code. */
const MUTATIONS: [string, string, unknown, string][] = [
  ["wrong schema name", "schema", "other-benchmark", "wrong_schema"],
  ["schema version 2", "schemaVersion", 2, "unsupported_version"],
  ["schema version as a string", "schemaVersion", "1", "unsupported_version"],
  ["negative TFLOPS", "measurements.8.value", -1, "absurd_value"],
  ["20,000 TFLOPS", "measurements.8.value", 20_000, "absurd_value"],
  ["101 GPUs", "machine.gpus", Array.from({ length: 101 }, () => gpu0), "absurd_value"],
  ["a 1,001-char note", "measurements.0.note", "x".repeat(1001), "absurd_value"],
  ["GPU temperature 500 C", "measurements.16.value", 500, "absurd_value"],
  ["unknown mode", "mode", "turbo", "invalid_shape"],
  ["unknown status", "measurements.0.status", "ok", "invalid_shape"],
  ["measured without a value", "measurements.0.value", null, "invalid_shape"],
  ["not_measured with a value", "measurements.0.status", "not_measured", "invalid_shape"],
  ["extra top-level key", "extra", true, "invalid_shape"],
  ["missing machine.os", "machine.os", DELETE, "invalid_shape"],
  ["value as a string", "measurements.0.value", "64", "invalid_shape"],
  ["id with spaces", "measurements.0.id", "firmware dimms", "invalid_shape"],
  ["non-integer PCIe width", "machine.gpus.0.pcieWidth", 7.5, "invalid_shape"],
  ["bad timestamp", "startedAt", "yesterday", "invalid_shape"],
  ["month 13", "startedAt", "2026-13-01T00:00:00Z", "invalid_shape"],
];

describe("benchmark result schemas", () => {
  it.each(FIXTURES)("both schemas accept %s", (name) => {
    const doc = fixture(name);
    expect(validateJsonSchema(jsonSchema, doc)).toEqual([]);
    expect(benchmarkResultSchema.safeParse(doc).success).toBe(true);
  });

  it.each(MUTATIONS)("both schemas reject %s", (_label, path, value, code) => {
    const doc = fixture("result-1080ti-box.json");
    setPath(doc, path, value);
    expect(validateJsonSchema(jsonSchema, doc)).not.toEqual([]);
    expect(benchmarkResultSchema.safeParse(doc).success).toBe(false);
    const parsed = parseBenchmarkResult(JSON.stringify(doc));
    expect(parsed.ok ? "ok" : parsed.error.code).toBe(code);
  });

  it("publishes the same unit ceilings, statuses and required keys as the zod schema", () => {
    type Rule = { if: { properties: { unit: { const: string } } }; then: { properties: { value: { maximum: number } } } };
    const measurement = (jsonSchema.$defs as Record<string, { allOf: Rule[]; properties: { status: { enum: string[] } } }>)
      .measurement;
    if (!measurement) throw new Error("no measurement definition");
    const ceilings = Object.fromEntries(
      measurement.allOf.slice(1).map((rule) => [rule.if.properties.unit.const, rule.then.properties.value.maximum]),
    );
    expect(ceilings).toEqual(UNIT_MAX);
    expect(measurement.properties.status.enum).toEqual([...MEASUREMENT_STATUSES]);
    expect((jsonSchema.required as string[]).sort()).toEqual(Object.keys(benchmarkResultSchema.shape).sort());
  });
});

describe("parseBenchmarkResult", () => {
  it("returns the typed result for a fixture", () => {
    const parsed = parseBenchmarkResult(read("./fixtures/result-4090-box.json"));
    expect(parsed.ok && parsed.result.machine.drives[0]?.model).toBe('Samsung SSD 990 PRO 2TB "rev.2" \\ test');
  });

  it("refuses a run that finished before it started, and nesting deeper than any result", () => {
    // Issue 13: both were accepted (the second answered "Maximum call stack size exceeded").
    const doc = fixture("result-1080ti-box.json");
    const backwards = parseBenchmarkResult(JSON.stringify({ ...doc, finishedAt: "2017-01-01T00:00:00Z", startedAt: "2017-01-01T00:00:01Z" }));
    expect(backwards.ok ? null : backwards.error.issues).toEqual([{ path: "finishedAt", message: "finishedAt is before startedAt" }]);
    // Offsets are compared as instants: 01:00+02:00 is before 00:00Z.
    expect(parseBenchmarkResult(JSON.stringify({ ...doc, startedAt: "2017-01-01T00:00:00Z", finishedAt: "2017-01-01T01:00:00+02:00" })).ok).toBe(false);
    const deep = parseBenchmarkResult(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(deep.ok ? null : deep.error).toEqual({ code: "invalid_shape", message: "JSON nested deeper than 64 levels is not accepted." });
  });

  it("tells not-JSON, a non-object and over-size input apart", () => {
    const code = (text: string) => {
      const parsed = parseBenchmarkResult(text);
      return parsed.ok ? "ok" : parsed.error.code;
    };
    expect(code("{not json")).toBe("not_json");
    expect(code("[1, 2]")).toBe("invalid_shape");
    expect(code(`{"pad": "${"x".repeat(MAX_RESULT_BYTES)}"}`)).toBe("too_large");
  });

  it("counts bytes, not characters, against the size limit", () => {
    const doc = fixture("result-1080ti-box.json");
    doc.missingTools = Array.from({ length: 100 }, () => "é".repeat(1000));
    const text = JSON.stringify(doc);
    expect(text.length).toBeLessThan(MAX_RESULT_BYTES);
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_RESULT_BYTES);
    expect(parseBenchmarkResult(text).ok).toBe(true);
    doc.missingTools.push(...Array.from({ length: 400 }, () => "€".repeat(1000)));
    const parsed = parseBenchmarkResult(JSON.stringify(doc));
    expect(parsed.ok ? "ok" : parsed.error.code).toBe("too_large");
  });

  it("lists the offending paths for shape errors", () => {
    const doc = fixture("result-1080ti-box.json");
    setPath(doc, "machine.cpu.cores", "four");
    const parsed = parseBenchmarkResult(JSON.stringify(doc));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.issues?.map((i) => i.path)).toContain("machine.cpu.cores");
  });
});
