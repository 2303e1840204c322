import type { Entry } from "../build-index";
import { finding, joinList, unknownNote } from "../finding";
import {
  LEGACY_ADVICE,
  NVIDIA_ARCHITECTURES,
  architectureFromCc,
  type GpuArchitecture,
} from "../gpu-architectures";
import { RULE_IDS } from "../rule-ids";
import type { Finding } from "../types";
import type { RuleGroup } from "./context";

type Gpu = Entry<"gpu">;

function archOf(gpu: Gpu): GpuArchitecture | undefined {
  return gpu.specs.architecture ?? architectureFromCc(gpu.specs.computeCapability);
}

/** The facts cover NVIDIA's stack; AMD and Intel cards are outside this rule, not unknown. */
function isNvidiaOrUnknown(gpu: Gpu): boolean {
  return gpu.specs.vendor === undefined || gpu.specs.vendor === "nvidia";
}

function checkLegacy(gpu: Gpu, out: Finding[]): void {
  const arch = archOf(gpu);
  if (arch === undefined) {
    if (isNvidiaOrUnknown(gpu)) {
      out.push(unknownNote(RULE_IDS.dlLegacyArchitecture, `framework support for ${gpu.name}`, ["its architecture (or compute capability)"], [gpu]));
    }
    return;
  }
  const info = NVIDIA_ARCHITECTURES[arch];
  const advice = LEGACY_ADVICE[arch];
  if (info === undefined || advice === undefined) return;
  const severity = info.support === "dropped" ? "warning" : "note";
  out.push(finding(RULE_IDS.dlLegacyArchitecture, severity, `${gpu.name} is ${arch}: ${advice}.`, [gpu]));
}

function checkMixed(gpus: readonly Gpu[], out: Finding[]): void {
  const vendors = new Set<string>();
  const archs = new Map<GpuArchitecture, Gpu[]>();
  const unknown: Gpu[] = [];
  for (const gpu of gpus) {
    if (gpu.specs.vendor !== undefined) vendors.add(gpu.specs.vendor);
    const arch = archOf(gpu);
    if (arch === undefined) unknown.push(gpu);
    else archs.set(arch, [...(archs.get(arch) ?? []), gpu]);
  }
  if (vendors.size > 1) {
    const msg = `The build mixes ${joinList([...vendors].sort())} GPUs: each vendor needs its own driver stack (CUDA, ROCm, oneAPI), and one training job uses one vendor's GPUs.`;
    out.push(finding(RULE_IDS.dlMixedArchitectures, "note", msg, gpus));
  } else if (archs.size > 1) {
    out.push(finding(RULE_IDS.dlMixedArchitectures, "note", mixedArchMessage([...archs.keys()]), gpus));
  }
  if (unknown.length > 0) {
    const missing = unknown.map((g) => `the architecture of ${g.name}`);
    out.push(unknownNote(RULE_IDS.dlMixedArchitectures, "whether the GPUs share an architecture", missing, gpus));
  }
}

function mixedArchMessage(archs: GpuArchitecture[]): string {
  let newestMin = 0;
  let oldestLast = Infinity;
  for (const arch of archs) {
    const info = NVIDIA_ARCHITECTURES[arch];
    newestMin = Math.max(newestMin, info?.minDriverBranch ?? 0);
    oldestLast = Math.min(oldestLast, info?.lastDriverBranch ?? Infinity);
  }
  const names = joinList(archs);
  const driver =
    newestMin > oldestLast
      ? `no single driver branch supports all of them (one needs R${newestMin} or newer, another ends at R${oldestLast})`
      : oldestLast < Infinity
        ? `the driver must be a branch that supports all of them (${newestMin > 0 ? `R${newestMin}-` : "up to "}R${oldestLast})`
        : "one current driver branch supports all of them";
  return `The GPUs mix ${names} architectures: ${driver}; code must be built for each compute capability, and data-parallel training runs at the pace of the slowest card.`;
}

export const checkGpuArchitectures: RuleGroup = ({ ix }, out) => {
  const gpus = ix.parts.gpu;
  for (const gpu of gpus) checkLegacy(gpu, out);
  if (gpus.length > 1) checkMixed(gpus, out);
};
