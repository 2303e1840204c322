// Test-only builders: ResolvedBuild fixtures with GPU specs from the facts file, section 3.
import type { ResolvedBuild, ResolvedItem, ResolvedPart } from "../builds/types";
import type { GpuSpecs } from "../parts/specs";
import { provisionOptionsSchema, type ProvisionOptions, type ProvisionOptionsInput } from "./options";

export const GPUS = {
  k80: { name: "NVIDIA Tesla K80", specs: { vendor: "nvidia", architecture: "Kepler", computeCapability: "3.7", gpuDies: 2, vramGb: 24, boardPowerW: 300 } },
  gtx970: { name: "NVIDIA GeForce GTX 970", specs: { vendor: "nvidia", architecture: "Maxwell", computeCapability: "5.2", vramGb: 4 } },
  gtx1080ti: { name: "NVIDIA GeForce GTX 1080 Ti", specs: { vendor: "nvidia", architecture: "Pascal", computeCapability: "6.1", vramGb: 11, bandwidthGBps: 484, fp32Tflops: 11.34, boardPowerW: 250 } },
  v100: { name: "NVIDIA V100 PCIe", specs: { vendor: "nvidia", architecture: "Volta", computeCapability: "7.0", vramGb: 16, boardPowerW: 250 } },
  rtx2080ti: { name: "NVIDIA GeForce RTX 2080 Ti", specs: { vendor: "nvidia", architecture: "Turing", computeCapability: "7.5", vramGb: 11, bandwidthGBps: 616, boardPowerW: 250 } },
  rtx3090: { name: "NVIDIA GeForce RTX 3090", specs: { vendor: "nvidia", architecture: "Ampere", computeCapability: "8.6", vramGb: 24, bandwidthGBps: 935.8, boardPowerW: 350 } },
  rtx4090: { name: "NVIDIA GeForce RTX 4090", specs: { vendor: "nvidia", architecture: "Ada", computeCapability: "8.9", vramGb: 24, bandwidthGBps: 1008, boardPowerW: 450 } },
  rtx5090: { name: "NVIDIA GeForce RTX 5090", specs: { vendor: "nvidia", architecture: "Blackwell", computeCapability: "12.0", vramGb: 32, bandwidthGBps: 1792, boardPowerW: 575 } },
  a100: { name: "NVIDIA A100 PCIe 40GB", specs: { vendor: "nvidia", architecture: "Ampere", computeCapability: "8.0", vramGb: 40, bandwidthGBps: 1555, boardPowerW: 250 } },
  h100: { name: "NVIDIA H100 PCIe", specs: { vendor: "nvidia", architecture: "Hopper", computeCapability: "9.0", vramGb: 80, bandwidthGBps: 2039, boardPowerW: 350 } },
  h100sxm: { name: "NVIDIA H100 SXM5 80GB", specs: { vendor: "nvidia", architecture: "Hopper", computeCapability: "9.0", vramGb: 80, boardPowerW: 700 } },
  rx7900xtx: { name: "AMD Radeon RX 7900 XTX", specs: { vendor: "amd", architecture: "RDNA3", vramGb: 24 } },
  // RDNA4 fixture (the catalog's RDNA4 card comes from another branch): AMD RX 9070 XT, 16 GB.
  rx9070xt: { name: "AMD Radeon RX 9070 XT", specs: { vendor: "amd", architecture: "RDNA4", vramGb: 16 } },
  mi210: { name: "AMD Instinct MI210", specs: { vendor: "amd", architecture: "CDNA", vramGb: 64 } },
  rx6800xt: { name: "AMD Radeon RX 6800 XT", specs: { vendor: "amd", architecture: "RDNA2", vramGb: 16 } },
  arcB580: { name: "Intel Arc B580", specs: { vendor: "intel", architecture: "Battlemage", vramGb: 12 } },
} satisfies Record<string, { name: string; specs: GpuSpecs }>;

export type GpuKey = keyof typeof GPUS;

let counter = 0;
function item(part: ResolvedPart, quantity = 1): ResolvedItem {
  counter += 1;
  return { id: `item-${counter}`, part, quantity, priceCents: null, discountCents: 0 };
}

const BASE_PARTS: ResolvedItem[] = [
  item({ id: "cpu-1", category: "cpu", name: "AMD Ryzen 9 7950X", specs: { cores: 16, threads: 32 } }),
  item({ id: "mem-1", category: "memory", name: "64 GB DDR5-6000 (2 x 32 GB)", specs: { type: "DDR5", modules: 2, moduleGb: 32 } }),
  item({ id: "ssd-1", category: "storage", name: "Samsung 990 Pro 2 TB", specs: { type: "SSD", interface: "NVMe", capacityGb: 2000 } }),
  item({ id: "psu-1", category: "psu", name: "Seasonic Prime TX-1600", specs: { wattage: 1600 } }),
];

export function buildWith(
  gpus: readonly (GpuKey | [GpuKey, number])[],
  overrides: Partial<ResolvedBuild> = {},
): ResolvedBuild {
  const gpuItems = gpus.map((entry) => {
    const [key, quantity] = Array.isArray(entry) ? entry : [entry, 1];
    const gpu = GPUS[key];
    return item({ id: `gpu-${key}`, category: "gpu", name: gpu.name, specs: gpu.specs }, quantity);
  });
  return {
    name: `Test build ${gpus.join(" + ") || "CPU-only"}`,
    currency: "USD",
    shippingCents: 0,
    taxMilliPct: 0,
    notes: "",
    items: [...BASE_PARTS, ...gpuItems],
    ...overrides,
  };
}

export function options(input: ProvisionOptionsInput = {}): ProvisionOptions {
  return provisionOptionsSchema.parse(input);
}

export const ALL_FRAMEWORKS = options({ frameworks: ["pytorch", "tensorflow", "jax"] });
