import type { ResolvedBuild } from "../builds/types";
import { partName } from "../parts/types";
import type { Db } from "../db/client";
import { getPartsByIds } from "../db/parts";
import { listPricedGpus } from "../db/gpu-parts";
import { getModel, listModels } from "../db/models";
import { ValidationError } from "../errors";
import { resolveStoredBuild } from "../builds/resolve";
import {
  evaluateWorkloads, hardwareFromBuild, planForModel, type ModelSpec, type PlannerGpu, type WorkloadResult,
} from "../workloads";
import { DEFAULT_CONTEXT_TOKENS, type PlanRequestInput, type WorkloadOptionsInput, type WorkloadsRequest } from "../workloads/request-schema";
import type { StoredBuild } from "../builds/stored";
import { loadBuildOr404 } from "./builds";
import { normalizeDraftWithCatalog } from "./build-analysis";

/** GET /api/models: the listing fields the issue names, plus what the UI shows. */
export function modelListItem(m: ModelSpec) {
  const a = m.architecture;
  return {
    id: m.id, name: m.name, family: m.family, publisher: m.publisher, paramsTotal: m.paramsTotal, paramsActive: m.paramsActive,
    layers: a.layers, kvHeads: a.kvHeads, headDim: a.headDim, contextMax: m.contextMax, attention: a.attention, moe: a.moe,
    license: m.license, sourceUrl: m.sourceUrl, popular: m.popular, defaultFormat: m.defaultFormat, formats: m.formats ?? null,
  };
}

export async function modelsJson(db: Db) {
  return { items: (await listModels(db)).map(modelListItem) };
}

/** The requested models, in catalog order; unknown ids are a field error (400). */
async function selectModels(db: Db, ids: readonly string[] | undefined): Promise<ModelSpec[]> {
  const all = await listModels(db);
  if (!ids) return all;
  const known = new Set(all.map((m) => m.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ValidationError({ models: [`Unknown model id: ${unknown.slice(0, 5).join(", ")}`] });
  const wanted = new Set(ids);
  return all.filter((m) => wanted.has(m.id));
}

export interface WorkloadsResponse {
  results: WorkloadResult[];
  hardware: { gpus: string[]; systemRamBytes: number; notes: string[] };
}

async function evaluateFor(db: Db, resolved: ResolvedBuild, options: WorkloadOptionsInput): Promise<WorkloadsResponse> {
  const models = await selectModels(db, options.models);
  const hw = hardwareFromBuild(resolved);
  const results = evaluateWorkloads(hw, models, { ...options, formats: options.formats });
  return { results, hardware: { gpus: hw.gpus.map((g) => g.name), systemRamBytes: hw.systemRamBytes, notes: hw.notes } };
}

/** POST /api/workloads: a draft as POST /api/compat takes it; reads only the referenced parts. */
export async function workloadsForDraft(db: Db, request: WorkloadsRequest): Promise<WorkloadsResponse> {
  const { build, ...options } = request;
  const { resolved } = await normalizeDraftWithCatalog(db, build);
  return evaluateFor(db, resolved, options);
}

/** GET /api/builds/<id>/workloads and the share page's panel. */
export async function workloadsForBuild(db: Db, id: string, options: WorkloadOptionsInput): Promise<WorkloadsResponse> {
  const build = await loadBuildOr404(db, id);
  return evaluateFor(db, resolveStoredBuild(build), options);
}

function plannerGpu(part: Awaited<ReturnType<typeof listPricedGpus>>[number]): PlannerGpu | null {
  const hw = hardwareFromBuild({ name: "", currency: "USD", shippingCents: 0, taxMilliPct: 0, notes: "", items: [{ id: part.id, part: { id: part.id, category: "gpu", name: partName(part), specs: part.specs }, quantity: 1, priceCents: null, discountCents: 0 }] });
  const device = hw.gpus[0];
  // Dual-die boards are planned as one card each; their dies would need separate handling.
  if (!device || hw.gpus.length !== 1 || part.priceCents === null) return null;
  const s = part.specs;
  return { partId: part.id, name: partName(part), priceCents: part.priceCents, currency: part.currency, device, facts: { lengthMm: s.lengthMm, slotWidth: s.slotWidth, boardPowerW: s.boardPowerW, pcieGen: s.pcieGen, powerConnectors: s.powerConnectors } };
}

/** Where "open as a new build" sends the browser: the builder with these cards in it. */
export function newBuildUrl(gpus: readonly { partId: string; quantity: number }[]): string {
  return `/builds/new?gpus=${encodeURIComponent(gpus.map((g) => `${g.partId}:${g.quantity}`).join(","))}`;
}

/** The share page's "what runs" table, rendered on the server with the panel's default query. */
export async function shareWorkloads(db: Db, build: StoredBuild) {
  const models = await listModels(db);
  const results = evaluateWorkloads(hardwareFromBuild(resolveStoredBuild(build)), models, { contextTokens: DEFAULT_CONTEXT_TOKENS, kvCacheFormat: "f16", tasks: ["inference"], bestFormatOnly: true });
  return { results, models: models.map((m) => ({ id: m.id, name: m.name, popular: m.popular, defaultFormat: m.defaultFormat, formats: m.formats ?? null, contextMax: m.contextMax })) };
}

/** POST /api/plan-for-model. */
export async function planForModelRequest(db: Db, input: PlanRequestInput) {
  const model = await getModel(db, input.modelId);
  if (!model) throw new ValidationError({ modelId: [`Unknown model id: ${input.modelId}`] });
  const cards = (await listPricedGpus(db, input.currency)).flatMap((part) => plannerGpu(part) ?? []);
  const plan = planForModel(cards, {
    model, format: input.format, contextTokens: input.contextTokens, kvCacheFormat: input.kvCacheFormat, minDecodeTokensPerSecond: input.minDecodeTokensPerSecond,
    task: input.task, currency: input.currency, maxGpus: input.maxGpus, budgetCents: input.budgetCents ?? null,
  });
  return {
    model: { id: model.id, name: model.name },
    candidates: plan.candidates.map((c) => ({ ...c, gpus: c.gpus.map((g) => ({ partId: g.partId, quantity: g.quantity, name: g.name, unitPriceCents: g.unitPriceCents })), buildUrl: newBuildUrl(c.gpus) })),
    considered: plan.considered,
    gpusInCatalog: cards.length,
    notes: plan.notes,
  };
}

/** The builder's starting items for /builds/new?gpus=id:qty,...: known catalog GPUs only, at most 8 lines of up to 8. */
export async function draftGpusFromQuery(db: Db, value: string | undefined) {
  if (!value) return [];
  const entries = value.slice(0, 1000).split(",").slice(0, 8).flatMap((entry) => {
    const match = /^([a-z0-9-]{1,64}):([1-8])$/.exec(entry.trim());
    return match ? [{ partId: match[1]!, quantity: Number(match[2]) }] : [];
  });
  const parts = await getPartsByIds(db, entries.map((e) => e.partId));
  return entries.flatMap(({ partId, quantity }) => {
    const part = parts.get(partId);
    return part && part.category === "gpu" ? [{ part, quantity }] : [];
  });
}
