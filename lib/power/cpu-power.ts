import type { CpuSpecs } from "../parts/specs";

/**
 * AMD's stated rule for its Zen-era desktop sockets: "TDP*1.35 is the standard TDP vs. PPT
 * calculation for AMD sockets in the Zen era" (AMD statement on socket AM5, May 2022, quoted by
 * Tom's Hardware and fexania.com: 170 W TDP -> 230 W PPT, 105 -> 142, 65 -> 88).
 */
export const AMD_PPT_PER_TDP = 1.35;
const ZEN_DESKTOP_SOCKETS = new Set(["AM4", "AM5"]);

export type CpuPowerBasis = "PL2" | "PPT" | "PPT from TDP" | "TDP";

export interface CpuPower {
  watts: number;
  basis: CpuPowerBasis;
}

// The estimate runs on every keystroke in the builder and in the compat bench: memoise the regex work, bounded.
const sockets = new Map<string, string>();
const SOCKETS_MAX = 256;

function socketOf(specs: CpuSpecs): string {
  const raw = specs.socket ?? "";
  let out = sockets.get(raw);
  if (out === undefined) {
    out = raw.toUpperCase().replace(/[\s_-]+/g, "");
    if (sockets.size >= SOCKETS_MAX) sockets.clear();
    sockets.set(raw, out);
  }
  return out;
}

/**
 * The sustained package power a board lets the CPU draw at stock: PPT for AMD, PL2 (Intel's
 * "Maximum Turbo Power") for Intel. Intel's K parts run PL1 = PL2 on Z-series boards at stock
 * (Intel's "Performance" and "Extreme" default profiles: 253 W for a 14900K), so PL2 is what a
 * PSU sees under a long all-core load. Falls back to AMD's 1.35 x TDP on AM4/AM5, then to TDP.
 * Null when nothing is known.
 */
export function cpuPackageW(specs: CpuSpecs): CpuPower | null {
  if (specs.pptW !== undefined) return { watts: specs.pptW, basis: "PPT" };
  if (specs.pl2W !== undefined) return { watts: specs.pl2W, basis: "PL2" };
  if (specs.tdpW === undefined) return null;
  if (ZEN_DESKTOP_SOCKETS.has(socketOf(specs))) return { watts: Math.round(specs.tdpW * AMD_PPT_PER_TDP), basis: "PPT from TDP" };
  return { watts: specs.tdpW, basis: "TDP" };
}

export function cpuBasisLabel(basis: CpuPowerBasis): string {
  return basis === "PPT from TDP" ? "PPT, 1.35 x TDP" : basis;
}
