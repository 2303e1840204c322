import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadBuiltinCatalog } from "../catalog/builtin-catalog";
import { loadBuiltinModels } from "../catalog/builtin-models";
import { createBuild } from "../db/builds";
import { syncModels } from "../db/models";
import { upsertParts } from "../db/parts";
import { createTestDb, type TestDb } from "../db/test-db";
import { testContent } from "../db/test-fixtures";
import { AppError } from "../errors";
import { workloadOptionsFromQuery, workloadsRequestSchema } from "../workloads/request-schema";
import { draftGpusFromQuery, modelsJson, newBuildUrl, planForModelRequest, workloadsForBuild, workloadsForDraft } from "./workloads";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await upsertParts(t.db, loadBuiltinCatalog());
  await syncModels(t.db, loadBuiltinModels());
});
afterEach(() => t.cleanup());

const draft = { items: [
  { partId: "gpu-nvidia-geforce-rtx-3090-fe", quantity: 2 },
  { partId: "cpu-amd-ryzen-9-7950x", quantity: 1 },
  { partId: "memory-corsair-vengeance-64gb-2x32gb-ddr5-6000-cl30", quantity: 1 },
] };

describe("workloads service", () => {
  it("lists the models with the fields the API promises", async () => {
    const { items } = await modelsJson(t.db);
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(items[0]!)).toEqual(expect.arrayContaining(["id", "name", "family", "paramsTotal", "paramsActive", "layers", "kvHeads", "headDim", "contextMax", "attention", "license", "sourceUrl"]));
  });

  it("evaluates a draft: every model in its default format by default, 70B split across two 3090s", async () => {
    const { results, hardware } = await workloadsForDraft(t.db, workloadsRequestSchema.parse({ build: draft }));
    expect(hardware.gpus).toHaveLength(2);
    expect(results).toHaveLength(loadBuiltinModels().length);
    const llama70 = results.find((r) => r.modelId === "llama-3.3-70b")!;
    expect(llama70).toMatchObject({ format: "Q4_K_M", task: "inference", contextTokens: 4096, placement: "multi-gpu", fits: true });
    expect(llama70.decodeTokensPerSecond).toBeGreaterThan(10);
  });

  it("refuses unknown model ids and unknown parts as field errors", async () => {
    await expect(workloadsForDraft(t.db, workloadsRequestSchema.parse({ build: draft, models: ["no-such-model"] }))).rejects.toMatchObject({ code: "invalid", details: { fieldErrors: { models: [expect.stringContaining("no-such-model")] } } });
    await expect(workloadsForDraft(t.db, workloadsRequestSchema.parse({ build: { items: [{ partId: "nope", quantity: 1 }] } }))).rejects.toBeInstanceOf(AppError);
  });

  it("evaluates a saved build from query options, and 404s a missing one", async () => {
    const { build } = await createBuild(t.db, testContent({ items: draft.items.map((i) => ({ ...i, custom: null, priceCents: null, discountCents: 0 })) }));
    const options = workloadOptionsFromQuery(new URLSearchParams("models=llama-3.1-8b,gpt-oss-20b&tasks=inference,qlora&contextTokens=8192"));
    const { results } = await workloadsForBuild(t.db, build.id, options);
    expect(results.map((r) => `${r.modelId}/${r.task}`)).toEqual(["llama-3.1-8b/inference", "llama-3.1-8b/qlora", "gpt-oss-20b/inference", "gpt-oss-20b/qlora"]);
    await expect(workloadsForBuild(t.db, "missing", options)).rejects.toMatchObject({ code: "not_found" });
  });

  it("plans the cheapest cards for Llama 3.3 70B from the built-in catalog, each with a link into the builder", async () => {
    const plan = await planForModelRequest(t.db, { modelId: "llama-3.3-70b", format: "Q4_K_M", contextTokens: 8192, minDecodeTokensPerSecond: 10, task: "inference", currency: "USD", maxGpus: 4, kvCacheFormat: "f16" });
    expect(plan.candidates.length).toBeGreaterThan(0);
    const costs = plan.candidates.map((c) => c.gpuCostCents);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(plan.candidates[0]!.buildUrl).toMatch(/^\/builds\/new\?gpus=/);
    expect(plan.gpusInCatalog).toBeGreaterThan(10);
    await expect(planForModelRequest(t.db, { modelId: "nope", format: "Q4_K_M", contextTokens: 1, minDecodeTokensPerSecond: 1, task: "inference", currency: "USD", maxGpus: 1, kvCacheFormat: "f16" })).rejects.toMatchObject({ code: "invalid" });
  });

  it("reads builder GPUs from a link, keeping only known catalog GPUs", async () => {
    const url = newBuildUrl([{ partId: "gpu-nvidia-geforce-rtx-3090-fe", quantity: 2 }]);
    const value = new URL(url, "http://x").searchParams.get("gpus")!;
    expect(await draftGpusFromQuery(t.db, value)).toEqual([{ part: expect.objectContaining({ id: "gpu-nvidia-geforce-rtx-3090-fe" }), quantity: 2 }]);
    expect(await draftGpusFromQuery(t.db, "cpu-amd-ryzen-9-7950x:1,gpu-nvidia-geforce-rtx-3090-fe:9,<script>:1")).toEqual([]);
  });
});

describe("query options", () => {
  it("parses lists, numbers and flags, and refuses garbage with a zod error", () => {
    expect(workloadOptionsFromQuery(new URLSearchParams("bestFormatOnly=true"))).toMatchObject({ bestFormatOnly: true, contextTokens: 4096, tasks: ["inference"] });
    expect(() => workloadOptionsFromQuery(new URLSearchParams("contextTokens=-5"))).toThrow();
    expect(() => workloadOptionsFromQuery(new URLSearchParams("contextTokens=99999999999"))).toThrow();
    expect(() => workloadOptionsFromQuery(new URLSearchParams("formats=Q4_K_M,Q4_K_M"))).toThrow();
    expect(() => workloadOptionsFromQuery(new URLSearchParams(`models=${"a,".repeat(5000)}`))).toThrow();
  });
});

describe("llama-bench results in the verify view", () => {
  it("shows measured llama-bench speeds beside this build's prediction for the reference model", async () => {
    const { readFileSync } = await import("node:fs");
    const { createBenchmarkRun } = await import("../db/benchmark-runs");
    const { runsForBuild } = await import("./benchmark-runs");
    const { getBuild } = await import("../db/builds");
    const { build } = await createBuild(t.db, testContent({ items: [{ partId: "gpu-nvidia-geforce-rtx-4090-fe", custom: null, quantity: 1, priceCents: null, discountCents: 0 }] }));
    const result = JSON.parse(readFileSync(new URL("../benchmark/fixtures/result-4090-box.json", import.meta.url), "utf8"));
    const note = "model Llama-3.2-3B-Instruct-Q4_K_M.gguf; backend Vulkan";
    result.measurements.push({ id: "llm.pp512", status: "measured", value: 20323.29, unit: "tok/s", note }, { id: "llm.tg128", status: "measured", value: 334.67, unit: "tok/s", note });
    await createBenchmarkRun(t.db, { buildId: build.id, buildVersion: 1, result });
    const [view] = await runsForBuild(t.db, (await getBuild(t.db, build.id))!);
    expect(view!.llm!.map((r) => [r.id, r.measured])).toEqual([["llm.pp512", 20323.29], ["llm.tg128", 334.67]]);
    for (const row of view!.llm!) expect(row.ratio!).toBeGreaterThan(0.8);
    expect(view!.comparison.some((r) => r.itemId.startsWith("llm."))).toBe(false);
  });
});
