import type { GPU_ARCHITECTURES } from "../../parts/specs";

type Architecture = (typeof GPU_ARCHITECTURES)[number];

// OpenDB gives the chipset name only; the architecture follows from it. Ordered: the first
// matching pattern wins, so specific families come before the broad ones. Chipsets not listed
// (GCN-era Radeon, Fermi and older GeForce) stay unknown.
const RULES: Array<[RegExp, Architecture]> = [
  [/titan rtx|quadro rtx|GeForce RTX 20\d0|\bGTX 16\d0\b|^T\d{3,4}$/i, "Turing"],
  [/blackwell|GeForce RTX 50\d0/i, "Blackwell"],
  [/\bada\b|GeForce RTX 40\d0/i, "Ada"],
  [/\bRTX A\d{3,4}\b|GeForce RTX 30\d0/i, "Ampere"],
  [/titan v\b|quadro gv100/i, "Volta"],
  [/titan x \(pascal\)|titan xp|\bGTX 10\d0\b|\bGT 1030\b|quadro p\d|\bGP100\b/i, "Pascal"],
  [/\bGTX 9\d0\b|\bGTX 750\b|titan x$|quadro m\d|quadro k(620|1200|2200)\b/i, "Maxwell"],
  [/\bGTX (6|7)\d0\b|titan( black| z)?$|quadro k\d/i, "Kepler"],
  [/arc (pro )?b\d/i, "Battlemage"],
  [/arc (pro )?a\d/i, "Alchemist"],
  [/\bRX 90\d0\b|R9700/i, "RDNA4"],
  [/\bRX 7\d00\b|Radeon PRO W7\d00\b/i, "RDNA3"],
  [/\bRX 6\d[05]0\b|Radeon PRO W6\d00\b/i, "RDNA2"],
  [/\bRX 5\d00\b|Radeon PRO W5\d00\b/i, "RDNA"],
];

export function gpuArchitecture(chipset: string | undefined): Architecture | undefined {
  if (!chipset) return undefined;
  return RULES.find(([pattern]) => pattern.test(chipset))?.[1];
}
