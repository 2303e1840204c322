// Times the workload estimates: (1) every model in every format, plus the three fine-tuning
// methods, for one build; (2) the reverse planner over the built-in GPU catalog, both as the pure
// function and through the service on a migrated SQLite database (what POST /api/plan-for-model runs,
// without HTTP). Run: npx tsx bench/workloads.ts. The last stdout line is the JSON bench/run.ts reads.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadBuiltinCatalog } from "../lib/catalog/builtin-catalog";
import { loadBuiltinModels } from "../lib/catalog/builtin-models";
import { toResolvedPart, type ResolvedBuild } from "../lib/builds/types";
import { createDb } from "../lib/db/client";
import { syncModels } from "../lib/db/models";
import { migrateSqlite } from "../lib/db/migrate-sqlite";
import { upsertParts } from "../lib/db/parts";
import { partName } from "../lib/parts/types";
import { planForModelRequest } from "../lib/services/workloads";
import { evaluateWorkloads, hardwareFromBuild, planForModel, WEIGHT_FORMAT_NAMES, type PlannerGpu, type PlanRequest } from "../lib/workloads";

const ALL_GOAL_MS = 5;
const PLAN_GOAL_MS = 200;
const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const parts = loadBuiltinCatalog();
const models = loadBuiltinModels();
const byId = new Map(parts.map((p) => [p.id, p]));
let sink = 0;

function build(lines: [string, number][]): ResolvedBuild {
  return { name: "bench", currency: "USD", shippingCents: 0, taxMilliPct: 0, notes: "", items: lines.map(([id, quantity], i) => ({ id: `i${i}`, part: toResolvedPart(byId.get(id)!, partName(byId.get(id)!)), quantity, priceCents: null, discountCents: 0 })) };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { meanMs: round(mean), p50Ms: round(sorted[Math.floor(sorted.length / 2)]!), p95Ms: round(sorted[Math.floor(sorted.length * 0.95)]!), maxMs: round(sorted.at(-1)!) };
}

// (1) Every model x every format x inference, plus LoRA, QLoRA and full fine-tuning, on a two-GPU box
// with system RAM (so offload and the longest-context search both run).
const box = build([["gpu-nvidia-geforce-rtx-3090-used", 2], ["cpu-amd-ryzen-9-7950x", 1], ["memory-corsair-vengeance-64gb-2x32gb-ddr5-6000-cl30", 1]]);
const options = { formats: WEIGHT_FORMAT_NAMES, contextTokens: 8192, kvCacheFormat: "f16" as const, tasks: ["inference", "lora", "qlora", "full"] as const };
const evaluateOnce = () => {
  const results = evaluateWorkloads(hardwareFromBuild(box), models, options);
  sink += results.length + (results[0]?.maxContextTokens ?? 0);
  return results.length;
};
for (let i = 0; i < 200; i++) evaluateOnce();
const allSamples: number[] = [];
for (let i = 0; i < 300; i++) {
  const t0 = process.hrtime.bigint();
  evaluateOnce();
  allSamples.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const all = { results: evaluateOnce(), ...stats(allSamples) };
console.log(`all models x formats (+3 fine-tuning methods) for one build: ${all.results} results, mean ${all.meanMs} ms, p95 ${all.p95Ms} ms, goal <= ${ALL_GOAL_MS} ms`);

// (2) The planner over every priced built-in GPU, for a spread of goals.
const cards: PlannerGpu[] = parts.flatMap((p) => {
  if (p.category !== "gpu" || p.priceCents === null) return [];
  const hw = hardwareFromBuild(build([[p.id, 1]]));
  const device = hw.gpus[0];
  if (!device || hw.gpus.length !== 1) return [];
  return [{ partId: p.id, name: partName(p), priceCents: p.priceCents, currency: p.currency, device, facts: p.specs }];
});
const model = (id: string) => models.find((m) => m.id === id)!;
const REQUESTS: PlanRequest[] = [
  { model: model("llama-3.3-70b"), format: "Q4_K_M", contextTokens: 8192, kvCacheFormat: "f16", minDecodeTokensPerSecond: 10, task: "inference", currency: "USD", maxGpus: 8, budgetCents: null },
  { model: model("gpt-oss-120b"), format: "MXFP4", contextTokens: 32768, kvCacheFormat: "f16", minDecodeTokensPerSecond: 30, task: "inference", currency: "USD", maxGpus: 8, budgetCents: null },
  { model: model("deepseek-r1"), format: "Q2_K", contextTokens: 16384, kvCacheFormat: "q8_0", minDecodeTokensPerSecond: 1, task: "inference", currency: "USD", maxGpus: 8, budgetCents: null },
  { model: model("qwen3-32b"), format: "Q4_K_M", contextTokens: 16384, kvCacheFormat: "f16", minDecodeTokensPerSecond: 15, task: "qlora", currency: "USD", maxGpus: 8, budgetCents: null },
  { model: model("llama-3.1-8b"), format: "Q8_0", contextTokens: 131072, kvCacheFormat: "f16", minDecodeTokensPerSecond: 10_000, task: "inference", currency: "USD", maxGpus: 8, budgetCents: null },
];
for (let i = 0; i < 5; i++) for (const r of REQUESTS) sink += planForModel(cards, r).considered;
const planSamples: number[] = [];
const perRequest = REQUESTS.map((r) => {
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = process.hrtime.bigint();
    const result = planForModel(cards, r);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    sink += result.candidates.length;
  }
  planSamples.push(...samples);
  const result = planForModel(cards, r);
  return { model: r.model.id, format: r.format, task: r.task, considered: result.considered, candidates: result.candidates.length, ...stats(samples) };
});
for (const r of perRequest) console.log(`planner ${r.model} ${r.format} ${r.task}: ${r.considered} combinations, ${r.candidates} candidates, mean ${r.meanMs} ms, max ${r.maxMs} ms`);
const planner = stats(planSamples);

// The same through the service on a fresh SQLite database: reads priced GPUs and the model, then plans.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dlbox-bench-workloads-"));
const file = path.join(dir, "bench.db");
migrateSqlite(file);
const db = createDb({ kind: "sqlite", url: `file:${file}`, filePath: file });
await upsertParts(db, parts);
await syncModels(db, models);
const serviceSamples: number[] = [];
for (let i = 0; i < 25; i++) {
  for (const r of REQUESTS) {
    const t0 = process.hrtime.bigint();
    const result = await planForModelRequest(db, { modelId: r.model.id, format: r.format, contextTokens: r.contextTokens, kvCacheFormat: r.kvCacheFormat, minDecodeTokensPerSecond: r.minDecodeTokensPerSecond, task: r.task, currency: "USD", maxGpus: r.maxGpus });
    if (i >= 5) serviceSamples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    sink += result.candidates.length;
  }
}
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
const service = stats(serviceSamples);
console.log(`planner over ${cards.length} priced catalog GPUs: pure mean ${planner.meanMs} ms (max ${planner.maxMs}); through the service and SQLite mean ${service.meanMs} ms (p95 ${service.p95Ms}, max ${service.maxMs}); goal <= ${PLAN_GOAL_MS} ms (checksum ${sink % 997})`);
console.log(JSON.stringify({
  section: "workloads",
  allModelsAndFormats: { ...all, goalMs: ALL_GOAL_MS, withinGoal: all.meanMs <= ALL_GOAL_MS },
  planner: { gpus: cards.length, pure: planner, service, perRequest, goalMs: PLAN_GOAL_MS, withinGoal: service.p95Ms <= PLAN_GOAL_MS },
  load: os.loadavg().map((n) => round(n, 2)),
}));
