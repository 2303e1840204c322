import { impliedConstraints, type CatalogGpuFacts, type ImpliedConstraints } from "./constraints";
import { ENGINES, engineFor, SHARED } from "./engines";
import { evaluateFineTune } from "./evaluate";
import type { BuildHardware, GpuDevice } from "./hardware";
import { kvCache } from "./kv-cache";
import { decodeParams } from "./params";
import { placeModel } from "./placement";
import { decodeSecondsPerToken } from "./speed";
import type { KvCacheFormat, ModelSpec, Placement, Task, WeightFormatName } from "./types";
import { decodeWeightBytes, weightsBytes } from "./weights";

export const MAX_PLAN_GPUS = 8;
export const MAX_CANDIDATES = 20;
/** Cards considered for mixed pairs: the price/memory/bandwidth frontier, at most this many. */
const MAX_FRONTIER = 16;

export interface PlannerGpu {
  partId: string;
  name: string;
  priceCents: number;
  currency: string;
  device: GpuDevice;
  facts: CatalogGpuFacts;
}

export interface PlanRequest {
  model: ModelSpec;
  format: WeightFormatName;
  contextTokens: number;
  kvCacheFormat: KvCacheFormat;
  minDecodeTokensPerSecond: number;
  task: Task;
  currency: string;
  maxGpus: number;
  budgetCents: number | null;
}

export interface PlanCandidate {
  gpus: { partId: string; name: string; quantity: number; unitPriceCents: number }[];
  gpuCostCents: number;
  decodeTokensPerSecond: number;
  placement: Placement;
  constraints: ImpliedConstraints;
  notes: string[];
}

export interface PlanResult {
  candidates: PlanCandidate[];
  /** GPU combinations evaluated (bounded: singles x 8 plus frontier pairs x 28). */
  considered: number;
  notes: string[];
}

type Combo = { card: PlannerGpu; quantity: number }[];

function hardwareOf(combo: Combo): BuildHardware {
  const gpus = combo.flatMap(({ card, quantity }) => Array.from({ length: quantity }, () => card.device));
  // The planner asks for a GPU-only fit, so system RAM plays no part.
  return { gpus, systemRamBytes: 0, systemRamBandwidthBytesPerS: null, pcieBytesPerS: 16 * 1.969e9, notes: [] };
}

/** Decode speed of the model fully on these cards, or null when it does not fit on them. */
function gpuOnlyDecode(combo: Combo, req: PlanRequest, modelBytes: number, weightBytes: number, kvBytes: number): { speed: number; placement: Placement } | null {
  const hw = hardwareOf(combo);
  const plan = placeModel(hw, req.model, modelBytes);
  if (plan.placement !== "gpu" && plan.placement !== "multi-gpu") return null;
  const seconds = decodeSecondsPerToken({
    weightBytes, kvBytes, params: decodeParams(req.model), layers: req.model.architecture.layers,
    portions: plan.shares.map((s) => ({ device: s.device, engine: engineFor(s.device, ENGINES), share: s.bytes / modelBytes })),
    ramBandwidthBytesPerS: null, shared: SHARED,
  });
  if (req.task !== "inference" && !evaluateFineTune(hw, req.model, req.task, req.contextTokens).fits) return null;
  return seconds ? { speed: 1 / seconds, placement: plan.placement } : null;
}

/** Cards no other card beats on price, memory and bandwidth together (ties keep the first). */
function frontier(cards: PlannerGpu[]): PlannerGpu[] {
  const kept = cards.filter((a) => !cards.some((b) => b !== a && b.priceCents <= a.priceCents && b.device.memoryBytes >= a.device.memoryBytes
    && b.device.bandwidthBytesPerS >= a.device.bandwidthBytesPerS
    && (b.priceCents < a.priceCents || b.device.memoryBytes > a.device.memoryBytes || b.device.bandwidthBytesPerS > a.device.bandwidthBytesPerS)));
  return kept.sort((a, b) => a.priceCents - b.priceCents).slice(0, MAX_FRONTIER);
}

/**
 * The cheapest GPU combinations from the catalog that hold the model in GPU memory at the asked
 * context and decode at least `minDecodeTokensPerSecond`: every priced card alone in 1..maxGpus
 * copies (the fewest copies that meet the goal), then pairs of two different frontier cards of one
 * vendor (llama.cpp runs one backend per process). Cheapest first.
 */
export function planForModel(catalog: readonly PlannerGpu[], req: PlanRequest): PlanResult {
  const maxGpus = Math.min(Math.max(1, Math.floor(req.maxGpus)), MAX_PLAN_GPUS);
  const context = Math.min(req.contextTokens, req.model.contextMax);
  const weights = weightsBytes(req.model, req.format);
  const kv = kvCache(req.model, context, req.kvCacheFormat).bytes;
  const readBytes = decodeWeightBytes(req.model, req.format);
  const cards = catalog.filter((c) => c.currency === req.currency && c.priceCents > 0);
  const withinBudget = (cost: number) => req.budgetCents === null || cost <= req.budgetCents;
  const found: PlanCandidate[] = [];
  let considered = 0;
  const consider = (combo: Combo) => {
    const cost = combo.reduce((sum, { card, quantity }) => sum + card.priceCents * quantity, 0);
    if (!withinBudget(cost)) return "over-budget" as const;
    considered += 1;
    const result = gpuOnlyDecode(combo, req, weights + kv, readBytes, kv);
    if (!result || result.speed < req.minDecodeTokensPerSecond) return "miss" as const;
    found.push({
      gpus: combo.map(({ card, quantity }) => ({ partId: card.partId, name: card.name, quantity, unitPriceCents: card.priceCents })),
      gpuCostCents: cost,
      decodeTokensPerSecond: Math.round(result.speed * 10) / 10,
      placement: result.placement,
      constraints: impliedConstraints(combo.map(({ card, quantity }) => ({ facts: card.facts, quantity }))),
      notes: [],
    });
    return "hit" as const;
  };
  for (const card of cards) {
    for (let n = 1; n <= maxGpus; n++) if (consider([{ card, quantity: n }]) !== "miss") break;
  }
  const pairs = frontier(cards);
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const a = pairs[i]!;
      const b = pairs[j]!;
      if (a.device.vendor !== b.device.vendor) continue;
      for (let na = 1; na < maxGpus; na++) {
        for (let nb = 1; na + nb <= maxGpus; nb++) if (consider([{ card: a, quantity: na }, { card: b, quantity: nb }]) !== "miss") break;
      }
    }
  }
  found.sort((x, y) => x.gpuCostCents - y.gpuCostCents || y.decodeTokensPerSecond - x.decodeTokensPerSecond);
  // A combination that only adds cards to a cheaper one that already works is no option.
  const contains = (big: PlanCandidate, small: PlanCandidate) => small.gpus.every((g) => big.gpus.some((b) => b.partId === g.partId && b.quantity >= g.quantity));
  const kept = found.filter((c, i) => !found.slice(0, i).some((d) => contains(c, d)));
  const notes: string[] = [];
  if (cards.length < catalog.length) notes.push(`${catalog.length - cards.length} catalog GPUs have no ${req.currency} price and were left out.`);
  if (req.contextTokens > req.model.contextMax) notes.push(`Context capped at the model's maximum of ${req.model.contextMax} tokens.`);
  if (req.task !== "inference") notes.push("Fine-tuning must fit on one card of the combination (single-GPU training, as Unsloth does).");
  return { candidates: kept.slice(0, MAX_CANDIDATES), considered, notes };
}
