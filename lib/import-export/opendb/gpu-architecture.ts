import type { GPU_ARCHITECTURES } from "../../parts/specs";
import { nvidiaChipset } from "./nvidia-chipsets";

type Architecture = (typeof GPU_ARCHITECTURES)[number];

const NVIDIA_FAMILIES: readonly string[] = [
  "Kepler", "Maxwell", "Pascal", "Volta", "Turing", "Ampere", "Ada", "Hopper", "Blackwell",
] satisfies readonly Architecture[];

// AMD and Intel chipsets by name. Ordered: the first matching pattern wins. GCN-era Radeon stays
// unknown. NVIDIA names go through the chipset table (nvidia-chipsets.ts) instead.
const RULES: Array<[RegExp, Architecture]> = [
  [/arc (pro )?b\d/i, "Battlemage"],
  [/arc (pro )?a\d/i, "Alchemist"],
  [/\bInstinct MI\d{3}/i, "CDNA"],
  [/\bRX 90\d0\b|R9[67]00/i, "RDNA4"],
  [/\bRX 7\d00\b|Radeon PRO W7\d00\b/i, "RDNA3"],
  [/\bRX 6\d[05]0\b|Radeon PRO W6\d00\b/i, "RDNA2"],
  [/\bRX 5\d00\b|Radeon PRO W5\d00\b/i, "RDNA"],
];

export interface GpuIdentity {
  architecture?: Architecture;
  computeCapability?: string;
  /** GPU dies per board when more than one (GTX 690, Titan Z). */
  gpuDies?: number;
}

/** Architecture, compute capability and dies from the chipset name; unknown stays absent. */
export function gpuIdentity(chipset: string | undefined, vendor?: string): GpuIdentity {
  if (!chipset) return {};
  if (vendor === undefined || vendor === "nvidia") {
    const nvidia = nvidiaChipset(chipset);
    if (nvidia) {
      const family = nvidia.family && NVIDIA_FAMILIES.includes(nvidia.family) ? (nvidia.family as Architecture) : undefined;
      return {
        ...(family ? { architecture: family } : {}),
        ...(nvidia.computeCapability ? { computeCapability: nvidia.computeCapability } : {}),
        ...(nvidia.dies > 1 ? { gpuDies: nvidia.dies } : {}),
      };
    }
    if (vendor === "nvidia") return {};
  }
  const rule = RULES.find(([pattern]) => pattern.test(chipset));
  return rule ? { architecture: rule[1] } : {};
}

export function gpuArchitecture(chipset: string | undefined, vendor?: string): Architecture | undefined {
  return gpuIdentity(chipset, vendor).architecture;
}
