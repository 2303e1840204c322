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
  /** The cards and GPUs the checklist lists one by one: at most MAX_LISTED_GPUS GPUs. */
  cards: GpuCard[];
  gpus: GpuDevice[];
  /** Every GPU of the build (cards x dies), listed or not. */
  gpuTotal: number;
  /** At most MAX_LISTED_DRIVES. */
  drives: Drive[];
  driveTotal: number;
}

// The largest single machines hold 8-10 GPUs (16 dies with dual-die cards); a draft can ask
// for 64 lines x 99 cards x 4 dies. Listing is capped so the checklist, the benchmark script and
// the share page do work bounded by real hardware, not by a quantity field; totals stay exact.
export const MAX_LISTED_GPUS = 16;
export const MAX_LISTED_DRIVES = 32;

/** Dies per card from a spec that may be missing or out of range: 1 to 4, else 1. */
function diesOf(specs: GpuSpecs): number {
  const dies = specs.gpuDies;
  return dies !== undefined && Number.isInteger(dies) && dies >= 1 && dies <= 4 ? dies : 1;
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
  const cards: GpuCard[] = [];
  const gpus: GpuDevice[] = [];
  let gpuTotal = 0;
  for (const { part, quantity } of partsOf(build, "gpu")) {
    const dies = diesOf(part.specs);
    gpuTotal += dies * quantity;
    for (let n = 0; n < quantity && gpus.length + dies <= MAX_LISTED_GPUS; n += 1) {
      addCard(cards, gpus, { name: part.name, specs: part.specs, dies });
    }
  }
  const storage = partsOf(build, "storage");
  const drives: Drive[] = [];
  for (const { part, quantity } of storage) {
    for (let n = 0; n < quantity && drives.length < MAX_LISTED_DRIVES; n += 1) drives.push({ index: drives.length, name: part.name, specs: part.specs });
  }
  return {
    cpu: cpu && { name: cpu.name, specs: cpu.specs },
    board: board && { name: board.name, specs: board.specs },
    memoryKits: partsOf(build, "memory").map(({ part, quantity }) => ({ name: part.name, specs: part.specs, quantity })),
    cards,
    gpus,
    gpuTotal,
    drives,
    driveTotal: storage.reduce((n, s) => n + s.quantity, 0),
  };
}

function addCard(cards: GpuCard[], gpus: GpuDevice[], card: GpuCard): void {
  const cardIndex = cards.length;
  cards.push(card);
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
