import { z } from "zod";
import { buildDraftSchema, CURRENCIES, MAX_CENTS } from "../builds/draft";
import { MAX_PLAN_GPUS } from "./planner";
import { MODEL_ID_PATTERN } from "./model-schema";
import { KV_CACHE_FORMATS, TASKS, WEIGHT_FORMAT_NAMES } from "./types";

/** Longest context a request may ask for; each model is further capped at its own maximum. */
export const MAX_CONTEXT_TOKENS = 1 << 20;
/** More model ids than the catalog could plausibly hold is refused rather than looped over. */
export const MAX_MODELS_PER_REQUEST = 64;
export const DEFAULT_CONTEXT_TOKENS = 4096;

const unique = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).min(1).max(max).refine((list) => new Set(list).size === list.length, "Each entry only once");

export const modelIdSchema = z.string().min(1).max(64).regex(MODEL_ID_PATTERN, "Not a model id");

/** Options shared by POST /api/workloads and GET /api/builds/<id>/workloads. */
export const workloadOptionsSchema = z.strictObject({
  models: unique(modelIdSchema, MAX_MODELS_PER_REQUEST).optional(),
  formats: unique(z.enum(WEIGHT_FORMAT_NAMES), WEIGHT_FORMAT_NAMES.length).optional(),
  contextTokens: z.number().int().min(1).max(MAX_CONTEXT_TOKENS).default(DEFAULT_CONTEXT_TOKENS),
  kvCacheFormat: z.enum(KV_CACHE_FORMATS).default("f16"),
  tasks: unique(z.enum(TASKS), TASKS.length).default(["inference"]),
  /** Per model only its best-fitting format (what the "what runs" table shows); ignores `formats`. */
  bestFormatOnly: z.boolean().default(false),
});
export type WorkloadOptionsInput = z.infer<typeof workloadOptionsSchema>;

export const workloadsRequestSchema = workloadOptionsSchema.extend({ build: buildDraftSchema });
export type WorkloadsRequest = z.infer<typeof workloadsRequestSchema>;

/** Query-string form of the options (comma-separated lists), for the saved-build GET. */
export function workloadOptionsFromQuery(params: URLSearchParams): WorkloadOptionsInput {
  const list = (key: string) => {
    const value = params.get(key);
    // Cut before splitting so a huge query cannot make a huge array.
    return value === null ? undefined : value.slice(0, 4096).split(",").slice(0, MAX_MODELS_PER_REQUEST + 1);
  };
  const number = (key: string) => {
    const value = params.get(key);
    return value === null ? undefined : /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  };
  const flag = params.get("bestFormatOnly");
  return workloadOptionsSchema.parse({
    models: list("models"),
    formats: list("formats"),
    contextTokens: number("contextTokens"),
    kvCacheFormat: params.get("kvCacheFormat") ?? undefined,
    tasks: list("tasks"),
    bestFormatOnly: flag === null ? undefined : flag === "true" ? true : flag === "false" ? false : flag,
  });
}

export const planRequestSchema = z.strictObject({
  modelId: modelIdSchema,
  format: z.enum(WEIGHT_FORMAT_NAMES),
  contextTokens: z.number().int().min(1).max(MAX_CONTEXT_TOKENS),
  minDecodeTokensPerSecond: z.number().min(0).max(100_000),
  task: z.enum(TASKS).default("inference"),
  currency: z.enum(CURRENCIES).default("USD"),
  maxGpus: z.number().int().min(1).max(MAX_PLAN_GPUS).default(4),
  budgetCents: z.number().int().min(0).max(MAX_CENTS).optional(),
  kvCacheFormat: z.enum(KV_CACHE_FORMATS).default("f16"),
});
export type PlanRequestInput = z.infer<typeof planRequestSchema>;
