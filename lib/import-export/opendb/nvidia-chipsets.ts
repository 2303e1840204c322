// Compute capability of every NVIDIA chipset name in the BuildCores OpenDB GPU data (155 names at
// the pinned commit), so imported cards get the real CC instead of their family's lowest.
//
// Sources: NVIDIA "CUDA GPUs - Compute Capability" (developer.nvidia.com/cuda-gpus, and its
// legacy list developer.nvidia.com/cuda-legacy-gpus) for the CC of each model; Wikipedia "List
// of Nvidia graphics processing units" for the chip behind each model name (it names the
// variants sold under one name, e.g. the three GT 730 chips). Where one name covers chips of
// different capability, the CC is null (unknown), never a guess.

export type NvidiaFamily =
  | "Tesla-arch" | "Fermi" | "Kepler" | "Maxwell" | "Pascal" | "Volta" | "Turing" | "Ampere" | "Ada" | "Hopper" | "Blackwell";

export interface NvidiaChipset {
  /** null when the name is sold with chips of different families. */
  family: NvidiaFamily | null;
  /** null when the name is sold with chips of different capability. */
  computeCapability: string | null;
  /** GPU dies on one board (GTX 690, Titan Z: two). */
  dies: number;
  /** Why the CC is unknown, or which chip it is. */
  note?: string;
}

type Row = [name: string, dies?: number, note?: string];

const group = (family: NvidiaFamily | null, cc: string | null, rows: (string | Row)[]): [string, NvidiaChipset][] =>
  rows.map((row) => {
    const [name, dies = 1, note] = typeof row === "string" ? [row] : row;
    return [name.toLowerCase(), { family, computeCapability: cc, dies, ...(note ? { note } : {}) }];
  });

const EXACT = new Map<string, NvidiaChipset>([
  // G8x/G9x/GT21x ("Tesla" microarchitecture): CC 1.x; no driver since R340.
  ...group("Tesla-arch", "1.1", ["GeForce 9500 GT", ["Quadro NVS 295", 1, "G98"]]),
  ...group("Tesla-arch", "1.2", [["GeForce 210", 1, "GT218"]]),
  ...group("Tesla-arch", null, [["GeForce 8400 GS", 1, "sold as G86/G98 (1.1) and GT218 (1.2)"]]),
  // Fermi GF1xx: 2.0 for GF100/GF110, 2.1 for the others; last driver R390.
  ...group("Fermi", "2.0", ["GeForce GTX 480", "GeForce GTX 570", "GeForce GTX 580", ["GeForce GTX 580 X2", 2], ["GeForce GTX 590", 2]]),
  ...group("Fermi", "2.1", [
    "GeForce GT 520", "GeForce GT 610", "GeForce GT 620", "GeForce GTS 450", "GeForce GTX 460",
    "GeForce GTX 550 Ti", "GeForce GTX 560", "GeForce GTX 560 SE", "Quadro 2000D",
  ]),
  ...group("Fermi", null, [["GeForce GTX 560 Ti", 1, "GF114 (2.1), and GF110 (2.0) in the 448-core edition"]]),
  // Cards sold with Fermi and Kepler chips under one name.
  ...group(null, null, [
    ["GeForce GT 630", 1, "GF108 (2.1), GK107 (3.0) or GK208 (3.5)"],
    ["GeForce GT 640", 1, "GF116 (2.1), GK107 (3.0) or GK208 (3.5)"],
    ["GeForce GT 730", 1, "GF108 (2.1) or GK208 (3.5)"],
  ]),
  // Kepler GK10x: 3.0.
  ...group("Kepler", "3.0", [
    "GeForce GT 740", "GeForce GTX 650", "GeForce GTX 650 Ti", "GeForce GTX 650 Ti Boost", "GeForce GTX 660",
    "GeForce GTX 660 Ti", "GeForce GTX 670", "GeForce GTX 680", ["GeForce GTX 690", 2], "GeForce GTX 760",
    "GeForce GTX 770", "Quadro K420", "Quadro K600", "Quadro K4000", "Quadro K4200",
  ]),
  // Kepler GK110/GK208: 3.5.
  ...group("Kepler", "3.5", [
    "GeForce GT 710", "GeForce GT 720", "GeForce GTX 780", "GeForce GTX 780 Ti", "GeForce GTX Titan",
    "GeForce GTX Titan Black", ["GeForce GTX Titan Z", 2], "Quadro 410", "Quadro K5200", "Quadro K6000",
  ]),
  // Maxwell GM107: 5.0 (the Quadro K620/K1200/K2200 are Maxwell despite the K).
  ...group("Maxwell", "5.0", [
    "GeForce GTX 750", "GeForce GTX 750 Ti", "Quadro K620", "Quadro K1200", "Quadro K2200", ["NVS 810", 2, "two GM107"],
  ]),
  // Maxwell GM20x: 5.2. The GTX Titan X here is the Maxwell card; the Pascal one is "Titan X (Pascal)".
  ...group("Maxwell", "5.2", [
    "GeForce GTX 950", "GeForce GTX 960", "GeForce GTX 970", "GeForce GTX 980", "GeForce GTX 980 Ti",
    "GeForce GTX Titan X", "Quadro M2000", "Quadro M5000", "Quadro M6000",
  ]),
  ...group("Pascal", "6.0", [["GP100", 1, "Quadro GP100"]]),
  ...group("Pascal", "6.1", [
    "GeForce GT 1030", "GeForce GTX 1050", "GeForce GTX 1050 Ti", "GeForce GTX 1060", "GeForce GTX 1070",
    "GeForce GTX 1070 Ti", "GeForce GTX 1080", "GeForce GTX 1080 Ti", "Titan X (Pascal)", "Titan Xp",
    "Quadro P400", "Quadro P600", "Quadro P620", "Quadro P1000", "Quadro P2000", "Quadro P2200",
    "Quadro P4000", "Quadro P6000",
  ]),
  ...group("Volta", "7.0", ["Titan V", "Quadro GV100"]),
  ...group("Turing", "7.5", [
    "GeForce GTX 1630", "GeForce GTX 1650", "GeForce GTX 1650 SUPER", "GeForce GTX 1660", "GeForce GTX 1660 SUPER",
    "GeForce GTX 1660 Ti", "GeForce RTX 2060", "GeForce RTX 2060 SUPER", "GeForce RTX 2070", "GeForce RTX 2070 SUPER",
    "GeForce RTX 2080", "GeForce RTX 2080 SUPER", "GeForce RTX 2080 Ti", "Titan RTX", "Quadro RTX 4000",
    "Quadro RTX 5000", "Quadro RTX 6000", "Quadro RTX 8000", "T400", "T600", "T1000",
  ]),
  ...group("Ampere", "8.6", [
    "GeForce RTX 3050 6 GB", "GeForce RTX 3050 8 GB", "GeForce RTX 3060 8 GB", "GeForce RTX 3060 12 GB",
    "GeForce RTX 3060 Ti", "GeForce RTX 3060 Ti GDDR6X", "GeForce RTX 3070", "GeForce RTX 3070 LHR",
    "GeForce RTX 3070 Ti", "GeForce RTX 3080 10 GB", "GeForce RTX 3080 12 GB", "GeForce RTX 3080 Ti",
    "GeForce RTX 3090", "GeForce RTX 3090 Ti", "RTX A1000", "RTX A2000", "RTX A4000", "RTX A4500", "RTX A5000",
    "RTX A5500", "RTX A6000",
  ]),
  ...group("Ada", "8.9", [
    "GeForce RTX 4060", "GeForce RTX 4060 Ti", "GeForce RTX 4060 Ti 8 GB", "GeForce RTX 4070", "GeForce RTX 4070 SUPER",
    "GeForce RTX 4070 Ti", "GeForce RTX 4070 Ti SUPER", "GeForce RTX 4080", "GeForce RTX 4080 SUPER", "GeForce RTX 4090",
    "RTX 2000 Ada", "RTX 4000 Ada", "RTX 4000 SFF Ada", "RTX 4500 Ada", "RTX 5000 Ada", "RTX 5880 Ada Generation",
    "RTX 6000 Ada",
  ]),
  // Blackwell GB20x: 12.0 (not 10.0, which is the B200's data-centre chip).
  ...group("Blackwell", "12.0", [
    "GeForce RTX 5050", "GeForce RTX 5060", "GeForce RTX 5060 Ti", "GeForce RTX 5060 Ti 16 GB", "GeForce RTX 5070",
    "GeForce RTX 5070 Ti", "GeForce RTX 5080", "GeForce RTX 5090", "RTX PRO 4000 Blackwell",
    "RTX PRO 4500 Blackwell Workstation Edition", "RTX PRO 5000 Blackwell", "RTX PRO 5000 72GB Blackwell",
    "RTX PRO 6000 Blackwell",
  ]),
]);

// Series in which every model has one capability, for names outside the exact table (custom
// parts, data-centre cards). Same sources; the digit ranges leave out names shared across
// families ("RTX 5000" is a Turing Quadro and an Ada card, "B300" is 10.3, not 10.0).
const SERIES: [RegExp, NvidiaFamily, string][] = [
  [/\bQuadro RTX \d{4}\b|\bTitan RTX\b|\bRTX 20[5-8]0\b|\bGTX 16[3-6]0\b|\bT4\b/i, "Turing", "7.5"],
  [/\bRTX \d{4}(?: SFF)? Ada\b|\bRTX 40[5-9]0\b|\bL4\b|\bL40S?\b/i, "Ada", "8.9"],
  // At most four words between model and "Blackwell": ".*" here would be retried from every match.
  [/\bRTX PRO \d{4}(?: [\w-]+){0,4} Blackwell\b|\bRTX 50[5-9]0\b/i, "Blackwell", "12.0"],
  [/\bG?B(100|200)\b/i, "Blackwell", "10.0"],
  [/\bG?H(100|200)\b/i, "Hopper", "9.0"],
  [/\bA(30|100|800)\b/i, "Ampere", "8.0"],
  [/\bRTX A\d{4}\b|\bRTX 30[5-9]0\b|\bA(2|10G?|16|40)\b/i, "Ampere", "8.6"],
  [/\bV100\b|\bTitan V\b|\bGV100\b/i, "Volta", "7.0"],
  [/\bG?P100\b/i, "Pascal", "6.0"],
  [/\bTitan Xp\b|\bTitan X \(Pascal\)|\bGTX 10[5-8]0\b|\bP(4|40)\b/i, "Pascal", "6.1"],
  [/\bM(40|60)\b/i, "Maxwell", "5.2"],
  [/\bK80\b/i, "Kepler", "3.7"],
  [/\bK(20|40)\b/i, "Kepler", "3.5"],
];

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase().replace(/^nvidia /, "");
}

/** Exact OpenDB chipset names; also "NVIDIA GeForce RTX 4090" and "RTX 4090" spellings. */
export function nvidiaChipsetExact(name: string): NvidiaChipset | undefined {
  const key = normalise(name);
  return EXACT.get(key) ?? EXACT.get(`geforce ${key}`);
}

/** The exact table first, then the single-capability series; undefined when neither knows. */
export function nvidiaChipset(name: string): NvidiaChipset | undefined {
  const exact = nvidiaChipsetExact(name);
  if (exact) return exact;
  const rule = SERIES.find(([pattern]) => pattern.test(name));
  return rule ? { family: rule[1], computeCapability: rule[2], dies: 1 } : undefined;
}

export function nvidiaChipsetNames(): string[] {
  return [...EXACT.keys()];
}
