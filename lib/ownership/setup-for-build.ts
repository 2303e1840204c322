import type { BenchmarkResult } from "../benchmark/result-schema";
import type { ResolvedBuild } from "../builds/types";
import type { BuildAnalysis } from "../compat/analyze";
import { defaultPresetId } from "./defaults";
import { measuredGpuFigures } from "./measured-k";
import { boxGpus } from "./performance";
import type { OwnershipSetup } from "./setup";

export interface LatestRun {
  result: BenchmarkResult;
  createdAt: Date;
}

/**
 * The panel's starting data. A benchmark run counts only if it measured as many GPUs as the build
 * now has: a run from before a GPU was added or swapped out describes another machine.
 */
export function ownershipSetupFor(build: ResolvedBuild, analysis: Pick<BuildAnalysis, "cost" | "power">, latest: LatestRun | null): OwnershipSetup {
  const gpus = boxGpus(build);
  const gpuCount = gpus.reduce((n, gpu) => n + gpu.count, 0);
  const figures = latest ? measuredGpuFigures(latest.result) : [];
  return {
    currency: build.currency,
    purchaseCents: analysis.cost.totalCents,
    unknownPriceCount: analysis.cost.unknownPriceCount,
    unpricedItems: analysis.cost.lines.filter((l) => l.unitPriceCents === null).map((l) => ({ itemId: l.itemId, name: l.name, quantity: l.quantity })),
    estimatedLoadW: analysis.power.estimatedW,
    gpus,
    measured: latest && figures.length > 0 && figures.length === gpuCount ? { figures, runAt: latest.createdAt.toISOString() } : null,
    defaultPresetId: defaultPresetId(gpus),
  };
}
