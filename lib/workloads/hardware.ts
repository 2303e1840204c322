import type { ResolvedBuild, ResolvedPart } from "../builds/types";

const GIB = 2 ** 30;
/** More GPUs than this in one box is outside what the estimates model; extra ones are ignored. */
export const MAX_GPUS_CONSIDERED = 16;

export type GpuVendor = "nvidia" | "amd" | "intel" | "unknown";

/** One GPU die as the workload maths sees it. */
export interface GpuDevice {
  partId: string | null;
  name: string;
  vendor: GpuVendor;
  architecture: string | null;
  /** Card memory; GPU memory is sized in binary units (a "24 GB" card has 24 GiB). */
  memoryBytes: number;
  bandwidthBytesPerS: number;
  /** Dense FP16 tensor throughput (FP32 rate where the card has no tensor units), FLOP/s. */
  matrixFlops: number | null;
  /** FP32 vector throughput, FLOP/s; bounds dequantisation work in decode kernels. */
  vectorFlops: number | null;
  pcieGen: number | null;
  /** Peer-to-peer over PCIe: off on GeForce and Radeon consumer drivers, on for workstation/datacenter cards. */
  peerToPeer: boolean;
}

export interface BuildHardware {
  gpus: GpuDevice[];
  systemRamBytes: number;
  /** Theoretical DRAM bandwidth from channels x 8 bytes x MT/s; null when unknown. */
  systemRamBandwidthBytesPerS: number | null;
  /** PCIe link per GPU slot (x16 at the lower of card and board generation), bytes/s. */
  pcieBytesPerS: number;
  notes: string[];
}

/** Memory channels per CPU socket (vendor platform specifications). */
const CHANNELS_BY_SOCKET: Record<string, number> = {
  AM4: 2, AM5: 2, LGA1151: 2, LGA1200: 2, LGA1700: 2, LGA1851: 2, LGA2066: 4, "LGA2011-3": 4, sTRX4: 4, sTR5: 4, TR4: 4, SP5: 12, LGA4677: 8, sWRX8: 8,
};
/** Usable bytes/s per lane after encoding: 8 GT/s x 128/130 / 8 for gen 3, doubling per generation. */
const PCIE_LANE_BYTES_PER_S: Record<number, number> = { 3: 0.985e9, 4: 1.969e9, 5: 3.938e9, 6: 7.563e9 };

function gpuFrom(part: Extract<ResolvedPart, { category: "gpu" }>, notes: string[]): GpuDevice[] {
  const s = part.specs;
  if (s.vramGb === undefined || s.bandwidthGBps === undefined) {
    notes.push(`${part.name}: memory size or bandwidth unknown, so it is left out of the estimates.`);
    return [];
  }
  const dies = s.gpuDies ?? 1;
  const chipset = (s.chipset ?? part.name).toLowerCase();
  const consumer = /geforce|titan|radeon rx|arc/.test(chipset);
  const device: GpuDevice = {
    partId: part.id,
    name: part.name,
    vendor: s.vendor ?? "unknown",
    architecture: s.architecture ?? null,
    memoryBytes: (s.vramGb / dies) * GIB,
    bandwidthBytesPerS: (s.bandwidthGBps / dies) * 1e9,
    matrixFlops: s.fp16TensorTflops !== undefined ? (s.fp16TensorTflops / dies) * 1e12 : s.fp32Tflops !== undefined ? (s.fp32Tflops / dies) * 1e12 : null,
    vectorFlops: s.fp32Tflops !== undefined ? (s.fp32Tflops / dies) * 1e12 : null,
    pcieGen: s.pcieGen ?? null,
    peerToPeer: !consumer,
  };
  return Array.from({ length: dies }, () => device);
}

/** The parts that matter for model workloads, read from a resolved build. Bounded by the draft's own limits (64 lines x 99). */
export function hardwareFromBuild(build: ResolvedBuild): BuildHardware {
  const notes: string[] = [];
  const gpus: GpuDevice[] = [];
  let requestedGpus = 0;
  let ramBytes = 0;
  let modules = 0;
  let speedMts: number | null = null;
  let socket: string | null = null;
  let cpuSpeed: number | null = null;
  let boardGen: number | null = null;
  for (const item of build.items) {
    const part = item.part;
    const qty = Math.max(0, Math.min(item.quantity, 99));
    if (part.category === "gpu") {
      requestedGpus += qty * (part.specs.gpuDies ?? 1);
      for (let i = 0; i < qty && gpus.length < MAX_GPUS_CONSIDERED; i++) gpus.push(...gpuFrom(part, i === 0 ? notes : []));
    }
    if (part.category === "memory" && part.specs.moduleGb !== undefined) {
      const count = (part.specs.modules ?? 1) * qty;
      modules += count;
      ramBytes += count * part.specs.moduleGb * GIB;
      if (part.specs.speedMts !== undefined) speedMts = Math.min(speedMts ?? Infinity, part.specs.speedMts);
    }
    if (part.category === "cpu") {
      socket = part.specs.socket ?? socket;
      cpuSpeed = part.specs.memorySpeedMts ?? cpuSpeed;
    }
    if (part.category === "motherboard") boardGen = part.specs.pcieGen ?? boardGen;
  }
  if (requestedGpus > MAX_GPUS_CONSIDERED) notes.push(`Only the first ${MAX_GPUS_CONSIDERED} GPUs are considered.`);
  gpus.splice(MAX_GPUS_CONSIDERED);
  const platformChannels = socket ? CHANNELS_BY_SOCKET[socket] : undefined;
  const channels = platformChannels ? Math.min(platformChannels, Math.max(modules, 1)) : null;
  const mts = speedMts ?? cpuSpeed;
  const ramBandwidth = channels && mts ? channels * 8 * mts * 1e6 : null;
  if (ramBytes > 0 && ramBandwidth === null) notes.push("System memory bandwidth unknown (CPU socket or memory speed missing); offloaded speeds are not estimated.");
  const gen = Math.min(...[boardGen ?? 4, ...gpus.map((g) => g.pcieGen ?? 4)]);
  return {
    gpus,
    systemRamBytes: ramBytes,
    systemRamBandwidthBytesPerS: ramBandwidth,
    pcieBytesPerS: 16 * (PCIE_LANE_BYTES_PER_S[gen] ?? PCIE_LANE_BYTES_PER_S[4]!),
    notes,
  };
}
