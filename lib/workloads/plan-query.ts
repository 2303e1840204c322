import { planRequestSchema, type PlanRequestInput } from "./request-schema";

/** The planner page's form fields as text, so an invalid value is shown back as typed. */
export interface PlanFormValues {
  modelId: string;
  format: string;
  contextTokens: string;
  minDecodeTokensPerSecond: string;
  task: string;
  maxGpus: string;
  /** Whole currency units; the API takes cents. */
  budget: string;
}

export const DEFAULT_PLAN_FORM: PlanFormValues = { modelId: "llama-3.3-70b", format: "Q4_K_M", contextTokens: "8192", minDecodeTokensPerSecond: "10", task: "inference", maxGpus: "4", budget: "" };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 100) : undefined);
const num = (v: string) => (/^\d{1,12}(\.\d{1,4})?$/.test(v.trim()) ? Number(v) : Number.NaN);

/**
 * Reads /plan-for-model?modelId=...&... into the API's request. Before the first submit (no modelId)
 * there is no request and no error; otherwise field errors come back keyed like the form.
 */
export function planQueryFromParams(params: Record<string, string | string[] | undefined>): { values: PlanFormValues; input: PlanRequestInput | null; errors: Record<string, string[]> } {
  const values: PlanFormValues = { ...DEFAULT_PLAN_FORM };
  for (const key of Object.keys(values) as (keyof PlanFormValues)[]) {
    const v = one(params[key]);
    if (v !== undefined) values[key] = v;
  }
  if (one(params.modelId) === undefined) return { values, input: null, errors: {} };
  const budget = values.budget.trim() === "" ? undefined : Math.round(num(values.budget) * 100);
  const parsed = planRequestSchema.safeParse({
    modelId: values.modelId, format: values.format, contextTokens: num(values.contextTokens), minDecodeTokensPerSecond: num(values.minDecodeTokensPerSecond),
    task: values.task, maxGpus: num(values.maxGpus), currency: "USD", ...(budget === undefined ? {} : { budgetCents: budget }),
  });
  if (parsed.success) return { values, input: parsed.data, errors: {} };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] === "budgetCents" ? "budget" : String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return { values, input: null, errors };
}
