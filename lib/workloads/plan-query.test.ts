import { describe, expect, it } from "vitest";
import { planQueryFromParams } from "./plan-query";

describe("planner page query", () => {
  it("shows the default form and plans nothing before the first submit", () => {
    expect(planQueryFromParams({})).toMatchObject({ input: null, errors: {}, values: { modelId: "llama-3.3-70b", contextTokens: "8192" } });
  });

  it("turns the form into the API request, budget from dollars to cents", () => {
    const { input, errors } = planQueryFromParams({ modelId: "qwen3-32b", format: "Q5_K_M", contextTokens: "32768", minDecodeTokensPerSecond: "20.5", task: "qlora", maxGpus: "2", budget: "2500" });
    expect(errors).toEqual({});
    expect(input).toEqual({ modelId: "qwen3-32b", format: "Q5_K_M", contextTokens: 32768, minDecodeTokensPerSecond: 20.5, task: "qlora", maxGpus: 2, budgetCents: 250000, currency: "USD", kvCacheFormat: "f16" });
  });

  it("keeps bad values as typed and reports them by field", () => {
    const r = planQueryFromParams({ modelId: "qwen3-32b", format: "Q9", contextTokens: "lots", maxGpus: "99", budget: "-1", minDecodeTokensPerSecond: "10" });
    expect(r.input).toBeNull();
    expect(Object.keys(r.errors).sort()).toEqual(["budget", "contextTokens", "format", "maxGpus"]);
    expect(r.values.contextTokens).toBe("lots");
    expect(planQueryFromParams({ modelId: ["a", "b"] }).values.modelId).toBe("llama-3.3-70b");
  });
});
