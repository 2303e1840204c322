import type { ResolvedPart } from "../builds/types";
import { cpuBasisLabel, cpuPackageW } from "./cpu-power";

// Allowances for parts without a rated draw: typical data-sheet maxima, rounded up so the
// estimate errs toward a larger PSU. See docs/compatibility.md, "Power estimate".
export const MOTHERBOARD_W = 50;
export const MEMORY_MODULE_W = 5;
/** Retail kits are most often two modules; used when a kit's module count is unknown. */
export const DEFAULT_KIT_MODULES = 2;
export const SATA_SSD_W = 5;
export const NVME_SSD_W = 8;
export const HDD_W = 10;
export const UNKNOWN_DRIVE_W = 10;
export const FAN_W = 3;
export const PUMP_W = 5;
export const DEFAULT_AIR_COOLER_FANS = 1;
export const DEFAULT_LIQUID_COOLER_FANS = 2;

function storageW(specs: Extract<ResolvedPart, { category: "storage" }>["specs"]): number {
  if (specs.type === "HDD") return HDD_W;
  if (specs.interface === "NVMe") return NVME_SSD_W;
  if (specs.type === "SSD") return SATA_SSD_W;
  return UNKNOWN_DRIVE_W;
}

/** Draw of one unit in watts, or null when it is a rated figure the part does not give. */
export function unitDrawW(part: ResolvedPart): number | null {
  switch (part.category) {
    case "cpu":
      return cpuPackageW(part.specs)?.watts ?? null;
    case "gpu":
      return part.specs.boardPowerW ?? null;
    case "motherboard":
      return MOTHERBOARD_W;
    case "memory":
      return (part.specs.modules ?? DEFAULT_KIT_MODULES) * MEMORY_MODULE_W;
    case "storage":
      return storageW(part.specs);
    case "cpu-cooler":
      return part.specs.type === "liquid"
        ? PUMP_W + (part.specs.fanCount ?? DEFAULT_LIQUID_COOLER_FANS) * FAN_W
        : (part.specs.fanCount ?? DEFAULT_AIR_COOLER_FANS) * FAN_W;
    case "case-fan":
      return (part.specs.powerW ?? FAN_W) * (part.specs.packCount ?? 1);
    case "case":
      return (part.specs.includedFans ?? 0) * FAN_W;
    case "psu":
      return 0;
    case "other":
      // Most "other" parts (cables, paste, Wi-Fi cards) draw nothing worth budgeting.
      return part.specs.powerW ?? 0;
  }
}

export function drawBasis(part: ResolvedPart): string {
  if (part.category === "cpu") {
    const power = cpuPackageW(part.specs);
    return power ? cpuBasisLabel(power.basis) : "TDP";
  }
  if (part.category === "gpu") return "board power";
  if (part.category === "case-fan" && part.specs.powerW !== undefined) return "rated";
  if (part.category === "other") return "rated";
  return "allowance";
}
