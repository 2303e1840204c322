// Which AMD GPUs ROCm supports, by model name. Source: ROCm/rocm-docs docs/data/gpus.yaml
// (commit 793e0c2, the ROCm 10.x supported-GPU list behind rocm.docs.amd.com's compatibility
// matrix) and docs/data/os-support.yaml (commit 1d2ba3f). Models outside it get a finding,
// not a guess: AMD staff call HSA_OVERRIDE_GFX_VERSION "not an official workaround"
// (ROCm/Tensile#1907).

export type AmdFamily = "radeon" | "instinct";

/** The ROCm release the plan installs (see rocm.ts for why not 10.1). */
export const ROCM_RELEASE = "10.0";

export interface AmdModel {
  gfx: string;
  family: AmdFamily;
  supported: boolean;
}

// Keys are the model as it appears after "Radeon"/"Instinct", lower case.
const SUPPORTED: Record<string, [gfx: string, family: AmdFamily]> = {
  "mi355x": ["gfx950", "instinct"], "mi350x": ["gfx950", "instinct"], "mi350p": ["gfx950", "instinct"],
  "mi325x": ["gfx942", "instinct"], "mi300x": ["gfx942", "instinct"], "mi300a": ["gfx942", "instinct"],
  "mi250x": ["gfx90a", "instinct"], "mi250": ["gfx90a", "instinct"], "mi210": ["gfx90a", "instinct"],
  "mi100": ["gfx908", "instinct"],
  "ai pro r9700s": ["gfx1201", "radeon"], "ai pro r9700": ["gfx1201", "radeon"], "ai pro r9600d": ["gfx1201", "radeon"],
  "rx 9070 xt": ["gfx1201", "radeon"], "rx 9070 gre": ["gfx1201", "radeon"], "rx 9070": ["gfx1201", "radeon"],
  "rx 9060 xt": ["gfx1200", "radeon"], "rx 9060": ["gfx1200", "radeon"], "rx 9050": ["gfx1200", "radeon"],
  "pro w7900": ["gfx1100", "radeon"], "pro w7800": ["gfx1100", "radeon"], "pro w7700": ["gfx1101", "radeon"],
  "rx 7900 xtx": ["gfx1100", "radeon"], "rx 7900 xt": ["gfx1100", "radeon"], "rx 7900 gre": ["gfx1100", "radeon"],
  "rx 7800 xt": ["gfx1101", "radeon"], "rx 7700 xt": ["gfx1101", "radeon"], "rx 7700": ["gfx1101", "radeon"],
  "rx 7600": ["gfx1102", "radeon"], "pro v710": ["gfx1101", "radeon"], "pro v620": ["gfx1030", "radeon"],
  "pro w6800": ["gfx1030", "radeon"],
};

// Well-known cards that are NOT on the list, with their target, so the finding can be precise
// (targets from LLVM's AMDGPU processor table, llvm.org/docs/AMDGPUUsage.html).
const UNSUPPORTED: Record<string, string> = {
  "rx 7600 xt": "gfx1102", "rx 6950 xt": "gfx1030", "rx 6900 xt": "gfx1030", "rx 6800 xt": "gfx1030", "rx 6800": "gfx1030",
  "rx 6750 xt": "gfx1031", "rx 6700 xt": "gfx1031", "rx 6700": "gfx1031", "rx 6650 xt": "gfx1032", "rx 6600 xt": "gfx1032",
  "rx 6600": "gfx1032", "rx 6500 xt": "gfx1034", "rx 6400": "gfx1034", "rx 5700 xt": "gfx1010", "rx 5700": "gfx1010",
  "rx 5600 xt": "gfx1010", "rx 5500 xt": "gfx1012", "radeon vii": "gfx906", "rx vega 64": "gfx900", "rx vega 56": "gfx900",
  "rx 590": "gfx803", "rx 580": "gfx803", "rx 570": "gfx803", "rx 480": "gfx803", "rx 470": "gfx803",
};

// One linear pattern: the model part of a Radeon/Instinct name.
const MODEL = /\b(mi\d{3}[xap]?|ai pro r\d{4}[sd]?|pro [wv]\d{3,4}|rx \d{3,4}(?: (?:xtx|xt|gre))?|rx vega \d{2}|radeon vii)\b/;

export function amdModelKey(name: string): string | null {
  const match = MODEL.exec(name.toLowerCase().replace(/\s+/g, " "));
  return match?.[1] ?? null;
}

/** Supported (with gfx target), known-unsupported (with target), or null when the name says nothing. */
export function amdModel(name: string): AmdModel | null {
  const key = amdModelKey(name);
  if (!key) return null;
  const supported = SUPPORTED[key];
  if (supported) return { gfx: supported[0], family: supported[1], supported: true };
  const gfx = UNSUPPORTED[key];
  return gfx ? { gfx, family: "radeon", supported: false } : null;
}

/** Ubuntu kernels ROCm 10 supports Radeon on (os-support.yaml): HWE on 22.04/24.04, GA on 26.04. */
export const RADEON_KERNEL: Record<string, string | null> = {
  "26.04": null,
  "24.04": "linux-generic-hwe-24.04",
  "22.04": "linux-generic-hwe-22.04",
};
