import { describe, expect, it } from "vitest";
import { impliedConstraints } from "./constraints";
import { MAX_CANDIDATES, planForModel, type PlannerGpu, type PlanRequest } from "./planner";
import { catalogModel, gpu } from "./test-fixtures";

function card(partId: string, priceCents: number, memoryGiB: number, bandwidthGBps: number, vendor: "nvidia" | "amd" = "nvidia"): PlannerGpu {
  return { partId, name: partId, priceCents, currency: "USD", device: gpu({ partId, name: partId, memoryGiB, bandwidthBytesPerS: bandwidthGBps * 1e9, vendor }), facts: { lengthMm: 300, slotWidth: 3, boardPowerW: 350, pcieGen: 4, powerConnectors: { pin8: 2 } } };
}

const catalog = [card("used-3090", 75000, 24, 936), card("5090", 199900, 32, 1792), card("5060ti", 42900, 16, 448), card("pro6000", 856500, 96, 1792), card("r9700", 129900, 32, 640, "amd")];
const request = (overrides: Partial<PlanRequest> = {}): PlanRequest => ({
  model: catalogModel("llama-3.3-70b"), format: "Q4_K_M", contextTokens: 8192, kvCacheFormat: "f16", minDecodeTokensPerSecond: 10, task: "inference", currency: "USD", maxGpus: 8, budgetCents: null, ...overrides,
});

describe("reverse planner", () => {
  it("lists combinations that hold the model and meet the speed, cheapest first", () => {
    const { candidates } = planForModel(catalog, request());
    expect(candidates.length).toBeGreaterThan(2);
    const costs = candidates.map((c) => c.gpuCostCents);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(candidates[0]!.gpus).toEqual([{ partId: "used-3090", name: "used-3090", quantity: 2, unitPriceCents: 75000 }]);
    for (const c of candidates) expect(c.decodeTokensPerSecond).toBeGreaterThanOrEqual(10);
    expect(candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it("uses the fewest copies of a card that meet the goal, and respects max GPUs and the budget", () => {
    const { candidates } = planForModel(catalog, request({ maxGpus: 2, budgetCents: 300000 }));
    expect(candidates.every((c) => c.gpus.reduce((s, g) => s + g.quantity, 0) <= 2 && c.gpuCostCents <= 300000)).toBe(true);
    expect(candidates.filter((c) => c.gpus.length === 1 && c.gpus[0]!.partId === "used-3090")).toHaveLength(1);
  });

  it("drops combinations that only add cards to a cheaper one that already works", () => {
    const { candidates } = planForModel(catalog, request());
    for (const [i, c] of candidates.entries()) {
      for (const d of candidates.slice(0, i)) {
        expect(d.gpus.every((g) => c.gpus.some((x) => x.partId === g.partId && x.quantity >= g.quantity)), `${JSON.stringify(c.gpus)} extends ${JSON.stringify(d.gpus)}`).toBe(false);
      }
    }
  });

  it("a speed only fast cards reach rules out slow ones, and an unreachable goal gives no candidates", () => {
    const fast = planForModel(catalog, request({ minDecodeTokensPerSecond: 20 }));
    // The 16 GB card can only join as a small share next to a fast one.
    expect(fast.candidates.some((c) => c.gpus.length === 1 && c.gpus[0]!.partId === "5060ti")).toBe(false);
    expect(planForModel(catalog, request({ minDecodeTokensPerSecond: 5 })).candidates.some((c) => c.gpus.length === 1 && c.gpus[0]!.partId === "5060ti")).toBe(true);
    expect(planForModel(catalog, request({ minDecodeTokensPerSecond: 10_000 })).candidates).toEqual([]);
  });

  it("never mixes vendors in one combination, and skips cards priced in another currency", () => {
    const { candidates } = planForModel([...catalog, { ...card("eur-card", 1000, 96, 2000), currency: "EUR" }], request());
    for (const c of candidates) expect(new Set(c.gpus.map((g) => (g.partId === "r9700" ? "amd" : "nvidia"))).size).toBe(1);
    expect(candidates.some((c) => c.gpus.some((g) => g.partId === "eur-card"))).toBe(false);
  });

  it("fine-tuning needs the whole job on one card", () => {
    const { candidates } = planForModel(catalog, request({ model: catalogModel("llama-3.1-8b"), task: "full", minDecodeTokensPerSecond: 1, contextTokens: 2048 }));
    for (const c of candidates) expect(c.gpus.some((g) => g.partId === "pro6000")).toBe(true);
  });

  it("states the board, PSU and case the cards imply", () => {
    const c = impliedConstraints([{ facts: { lengthMm: 313, slotWidth: 3, boardPowerW: 350, pcieGen: 4, powerConnectors: { pin8: 2 } }, quantity: 3 }]);
    expect(c).toMatchObject({ gpuBoardPowerW: 1050, boardX16Slots: 3, caseMaxGpuLengthMm: 313, caseExpansionSlots: 9, psuConnectors: { pcie8: 6, pin16: 0, eps8: 0 } });
    // (1050 W + 250 W platform) x 1.25 headroom = 1625 W: the next standard size is 2000 W.
    expect(c.psuAtLeastW).toBe(2000);
    expect(c.notes.join(" ")).toMatch(/7 expansion slots/);
    expect(c.notes.join(" ")).toMatch(/2000 W/);
  });
});
