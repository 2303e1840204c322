import type { BenchmarkResult } from "../benchmark/result-schema";
import type { ResolvedBuild } from "../builds/types";
import type { BuildAnalysis } from "../compat/analyze";
import { circuitFor } from "../power/circuits";
import { idleDcW } from "../power/idle-draw";
import { wallDraw } from "../power/wall-draw";
import { defaultPresetId } from "./defaults";
import { measuredGpuFigures } from "./measured-k";
import { boxGpus } from "./performance";
import type { OwnershipSetup } from "./setup";

export interface LatestRun {
  result: BenchmarkResult;
  createdAt: Date;
}

/** Wall draw while training and idle: the DC figures over the PSU's 80 PLUS efficiency on the build's mains. */
function wallFigures(build: ResolvedBuild, analysis: Pick<BuildAnalysis, "power">) {
  const psus = build.items.flatMap((i) => (i.part.category === "psu" && i.quantity > 0 ? [{ specs: i.part.specs, qty: i.quantity }] : []));
  const cpuCount = build.items.reduce((n, i) => n + (i.part.category === "cpu" && i.quantity > 0 ? i.quantity : 0), 0);
  const gpuCount = build.items.reduce((n, i) => n + (i.part.category === "gpu" && i.quantity > 0 ? i.quantity : 0), 0);
  const mains = circuitFor(build.circuit, build.currency).mains;
  const training = wallDraw(analysis.power.estimatedW, psus, mains);
  const idle = wallDraw(idleDcW(analysis.power, gpuCount, cpuCount), psus, mains);
  const rating = training.ratingKnown ? "the PSU's 80 PLUS minimum" : "80% (PSU rating unknown)";
  return {
    trainingWallW: training.wallW,
    idleWallW: idle.wallW,
    wallBasis: `${analysis.power.estimatedW} W DC while training, about ${idleDcW(analysis.power, gpuCount, cpuCount)} W idle, at ${rating} on ${mains} V`,
  };
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
    ...wallFigures(build, analysis),
    gpus,
    measured: latest && figures.length > 0 && figures.length === gpuCount ? { figures, runAt: latest.createdAt.toISOString() } : null,
    defaultPresetId: defaultPresetId(gpus),
  };
}
