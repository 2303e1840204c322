import { z } from "zod";

/*
 * Mirrors docs/benchmark-result.schema.json (JSON Schema 2020-12); result-schema.test.ts checks
 * both against the same fixtures. Bounds are "physically absurd", not "unusual": they reject
 * corrupted or hand-forged uploads without second-guessing real hardware.
 */
export const RESULT_SCHEMA_NAME = "dl-box-benchmark";
export const RESULT_SCHEMA_VERSION = 1;
export const MAX_STRING = 1000;
export const MAX_GPUS = 100;
export const MAX_DRIVES = 256;
export const MAX_MEASUREMENTS = 1000;
export const MAX_VALUE = 1e9;

/** Unit-specific ceilings far above any shipping hardware. */
export const UNIT_MAX: Readonly<Record<string, number>> = {
  TFLOPS: 10_000,
  "GB/s": 100_000,
  "MB/s": 1_000_000,
  GPUs: MAX_GPUS,
  C: 200,
  lanes: 32,
  gen: 10,
  "s/epoch": 100_000,
  // llama-bench prompt processing reaches tens of thousands on small models.
  "tok/s": 1_000_000,
};

export const MEASUREMENT_STATUSES = ["measured", "not_measured", "failed"] as const;

const str = z.string().max(MAX_STRING);
const count = (max: number) => z.number().int().min(0).max(max);
const itemId = z.string().min(1).max(200).regex(/^[a-z0-9][a-z0-9.-]*$/);

const gpu = z.strictObject({
  index: count(MAX_GPUS - 1),
  name: str,
  vramMb: z.number().min(0).max(1_048_576).nullable(),
  driver: str.nullable(),
  pcieGen: z.number().int().min(1).max(10).nullable(),
  pcieWidth: z.number().int().min(1).max(32).nullable(),
});

const drive = z.strictObject({
  name: str,
  model: str,
  sizeGb: z.number().min(0).max(1_000_000).nullable(),
  rotational: z.boolean().nullable(),
  transport: str,
});

const base = { id: itemId, unit: str, note: str.optional() };
const measurement = z
  .discriminatedUnion("status", [
    z.strictObject({ ...base, status: z.literal("measured"), value: z.number().min(0).max(MAX_VALUE) }),
    z.strictObject({ ...base, status: z.enum(["not_measured", "failed"]), value: z.null() }),
  ])
  .superRefine((m, ctx) => {
    const max = UNIT_MAX[m.unit];
    if (m.value !== null && max !== undefined && m.value > max) {
      ctx.addIssue({ code: "too_big", origin: "number", maximum: max, inclusive: true, input: m.value, path: ["value"], message: `Over ${max} ${m.unit}` });
    }
  });

export const benchmarkResultSchema = z.strictObject({
  schema: z.literal(RESULT_SCHEMA_NAME),
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  mode: z.enum(["quick", "full"]),
  startedAt: z.iso.datetime({ offset: true }),
  finishedAt: z.iso.datetime({ offset: true }),
  machine: z.strictObject({
    cpu: z.strictObject({ model: str, cores: count(4096).nullable(), threads: count(16384).nullable() }),
    memory: z.strictObject({
      totalGb: z.number().min(0).max(1_048_576).nullable(),
      speedMts: z.number().int().min(1).max(100_000).nullable().optional(),
    }),
    gpus: z.array(gpu).max(MAX_GPUS),
    driver: str.nullable().optional(),
    cuda: str.nullable().optional(),
    drives: z.array(drive).max(MAX_DRIVES),
    os: str,
  }),
  measurements: z.array(measurement).max(MAX_MEASUREMENTS),
  missingTools: z.array(str).max(100),
}).superRefine((r, ctx) => {
  // Both carry an offset; Date compares the instants.
  if (Date.parse(r.finishedAt) < Date.parse(r.startedAt)) {
    ctx.addIssue({ code: "custom", path: ["finishedAt"], message: "finishedAt is before startedAt" });
  }
});

export type BenchmarkResult = z.infer<typeof benchmarkResultSchema>;
export type Measurement = BenchmarkResult["measurements"][number];
