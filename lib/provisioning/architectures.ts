import type { GpuArchitecture } from "./types";

export type NvidiaArchitecture = Extract<
  GpuArchitecture,
  "Kepler" | "Maxwell" | "Pascal" | "Volta" | "Turing" | "Ampere" | "Ada" | "Hopper" | "Blackwell"
>;

export interface ArchitectureSupport {
  /** Compute capabilities of the family's desktop and data-centre chips, lowest first. */
  ccs: readonly string[];
  /** First driver branch that drives the family. */
  minBranch: number;
  /** Last driver branch that drives it; null while current drivers still do. */
  lastBranch: number | null;
  openModules: boolean;
  /** Only the open kernel modules drive it. */
  requiresOpen: boolean;
}

// Facts file section 1 (NVIDIA driver/architecture matrix and the 580 deprecation notice).
// minBranch only matters against the branches we install (470 and 580): 470 predates Ada and
// Hopper, and Blackwell needs 570 or newer.
export const NVIDIA_ARCHITECTURES: Record<NvidiaArchitecture, ArchitectureSupport> = {
  Kepler: { ccs: ["3.0", "3.5", "3.7"], minBranch: 0, lastBranch: 470, openModules: false, requiresOpen: false },
  Maxwell: { ccs: ["5.0", "5.2"], minBranch: 0, lastBranch: 580, openModules: false, requiresOpen: false },
  Pascal: { ccs: ["6.0", "6.1"], minBranch: 0, lastBranch: 580, openModules: false, requiresOpen: false },
  Volta: { ccs: ["7.0"], minBranch: 0, lastBranch: 580, openModules: false, requiresOpen: false },
  Turing: { ccs: ["7.5"], minBranch: 410, lastBranch: null, openModules: true, requiresOpen: false },
  Ampere: { ccs: ["8.0", "8.6"], minBranch: 450, lastBranch: null, openModules: true, requiresOpen: false },
  Ada: { ccs: ["8.9"], minBranch: 520, lastBranch: null, openModules: true, requiresOpen: false },
  Hopper: { ccs: ["9.0"], minBranch: 520, lastBranch: null, openModules: true, requiresOpen: false },
  Blackwell: { ccs: ["10.0", "12.0"], minBranch: 570, lastBranch: null, openModules: true, requiresOpen: true },
};

export function isNvidiaArchitecture(arch: GpuArchitecture): arch is NvidiaArchitecture {
  return arch in NVIDIA_ARCHITECTURES;
}

/** Maps a compute capability back to its family, for parts that give only the CC. */
export function architectureOfCc(cc: string): NvidiaArchitecture | null {
  for (const [arch, support] of Object.entries(NVIDIA_ARCHITECTURES)) {
    if (support.ccs.includes(cc)) return arch as NvidiaArchitecture;
  }
  const major = Number(cc.split(".")[0]);
  // CCs not in the table (5.3 Jetson, 8.7, 10.3, 12.1...) by their major version.
  const byMajor: Record<number, NvidiaArchitecture> = {
    3: "Kepler", 5: "Maxwell", 6: "Pascal", 7: "Volta", 8: "Ampere", 9: "Hopper", 10: "Blackwell", 12: "Blackwell",
  };
  return byMajor[major] ?? null;
}
