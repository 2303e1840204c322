import type { ResolvedBuild, ResolvedPart } from "../builds/types";
import type { CpuSpecs, GpuSpecs, MemorySpecs, MotherboardSpecs, StorageSpecs } from "../parts/specs";

type PartOf<C extends ResolvedPart["category"]> = Extract<ResolvedPart, { category: C }>;

/** One physical card; a K80 is one card with two dies. */
export interface GpuCard {
  name: string;
  specs: GpuSpecs;
  dies: number;
}

/**
 * One GPU as nvidia-smi lists it. Catalog GPU specs describe the whole board, so a die of a
 * multi-die board gets its share of VRAM, bandwidth and throughput.
 */
export interface GpuDevice {
  index: number;
  cardIndex: number;
  name: string;
  specs: GpuSpecs;
  vramGb?: number;
  bandwidthGBps?: number;
  fp32Tflops?: number;
  fp16TensorTflops?: number;
}

export interface Drive {
  index: number;
  name: string;
  specs: StorageSpecs;
}

export interface MemoryKit {
  name: string;
  specs: MemorySpecs;
  quantity: number;
}

export interface BuildFacts {
  cpu?: { name: string; specs: CpuSpecs };
  board?: { name: string; specs: MotherboardSpecs };
  memoryKits: MemoryKit[];
  cards: GpuCard[];
  gpus: GpuDevice[];
  drives: Drive[];
}

function partsOf<C extends ResolvedPart["category"]>(build: ResolvedBuild, category: C) {
  return build.items.flatMap((item) =>
    item.part.category === category ? [{ part: item.part as PartOf<C>, quantity: item.quantity }] : [],
  );
}

function perDie(value: number | undefined, dies: number): number | undefined {
  return value === undefined ? undefined : value / dies;
}

export function buildFacts(build: ResolvedBuild): BuildFacts {
  const cpu = partsOf(build, "cpu")[0]?.part;
  const board = partsOf(build, "motherboard")[0]?.part;
  const cards: GpuCard[] = partsOf(build, "gpu").flatMap(({ part, quantity }) =>
    Array.from({ length: quantity }, () => ({ name: part.name, specs: part.specs, dies: part.specs.gpuDies ?? 1 })),
  );
  const gpus: GpuDevice[] = [];
  cards.forEach((card, cardIndex) => {
    for (let die = 0; die < card.dies; die++) {
      gpus.push({
        index: gpus.length,
        cardIndex,
        name: card.name,
        specs: card.specs,
        vramGb: perDie(card.specs.vramGb, card.dies),
        bandwidthGBps: perDie(card.specs.bandwidthGBps, card.dies),
        fp32Tflops: perDie(card.specs.fp32Tflops, card.dies),
        fp16TensorTflops: perDie(card.specs.fp16TensorTflops, card.dies),
      });
    }
  });
  const drives: Drive[] = partsOf(build, "storage").flatMap(({ part, quantity }) =>
    Array.from({ length: quantity }, () => ({ name: part.name, specs: part.specs })),
  ).map((d, index) => ({ ...d, index }));
  return {
    cpu: cpu && { name: cpu.name, specs: cpu.specs },
    board: board && { name: board.name, specs: board.specs },
    memoryKits: partsOf(build, "memory").map(({ part, quantity }) => ({ name: part.name, specs: part.specs, quantity })),
    cards,
    gpus,
    drives,
  };
}

/** Total installed modules, or undefined when any kit's module count is unknown. */
export function moduleCount(kits: MemoryKit[]): number | undefined {
  let total = 0;
  for (const kit of kits) {
    if (kit.specs.modules === undefined) return undefined;
    total += kit.specs.modules * kit.quantity;
  }
  return total;
}

export function totalMemoryGb(kits: MemoryKit[]): number | undefined {
  let total = 0;
  for (const kit of kits) {
    const { modules, moduleGb } = kit.specs;
    if (modules === undefined || moduleGb === undefined) return undefined;
    total += modules * moduleGb * kit.quantity;
  }
  return kits.length > 0 ? total : undefined;
}

/** Rounds for display without trailing zeros: 5.67 -> "5.67", 11 -> "11". */
export function fmt(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}
