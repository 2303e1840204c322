import type { ResolvedBuild } from "../builds/types";
import { NVIDIA_ARCHITECTURES, architectureOfCc, isNvidiaArchitecture, type NvidiaArchitecture } from "./architectures";
import { compareCc, parseCc, smName, type Cc } from "./compute-capability";
import type { GpuArchitecture, GpuVendor, PlanNotes, PlannedGpu } from "./types";

/** An NVIDIA GPU model with everything the driver and framework choices need. */
export interface NvidiaGpu {
  name: string;
  architecture: NvidiaArchitecture;
  cc: Cc;
  /** CUDA devices of this model in the build (boards x dies). */
  devices: number;
}

export interface GpuInventory {
  planned: PlannedGpu[];
  /** Oldest compute capability first. */
  nvidia: NvidiaGpu[];
}

const AMD_ARCHITECTURES: readonly GpuArchitecture[] = ["RDNA", "RDNA2", "RDNA3", "RDNA4", "CDNA"];
const INTEL_ARCHITECTURES: readonly GpuArchitecture[] = ["Alchemist", "Battlemage"];

// Custom parts often come with a name and nothing else; the name is the only vendor hint.
function vendorOf(name: string, arch: GpuArchitecture | undefined, given: GpuVendor | undefined): GpuVendor {
  if (given) return given;
  if (arch && isNvidiaArchitecture(arch)) return "nvidia";
  if (arch && AMD_ARCHITECTURES.includes(arch)) return "amd";
  if (arch && INTEL_ARCHITECTURES.includes(arch)) return "intel";
  if (/\b(nvidia|geforce|quadro|tesla|titan|[gr]tx)\b/i.test(name)) return "nvidia";
  if (/\b(amd|radeon|instinct)\b/i.test(name)) return "amd";
  if (/\b(intel|arc)\b/i.test(name)) return "intel";
  return "unknown";
}

export function collectGpus(build: ResolvedBuild, notes: PlanNotes): GpuInventory {
  const planned: PlannedGpu[] = [];
  const nvidia: NvidiaGpu[] = [];
  for (const item of build.items) {
    if (item.part.category !== "gpu") continue;
    const { name, specs } = item.part;
    const givenCc = specs.computeCapability ?? null;
    const arch = specs.architecture ?? (givenCc ? architectureOfCc(givenCc) : null) ?? undefined;
    const vendor = vendorOf(name, arch, specs.vendor);
    const devicesPerBoard = specs.gpuDies ?? 1;
    planned.push({
      name,
      vendor,
      architecture: arch ?? null,
      computeCapability: givenCc,
      quantity: item.quantity,
      devicesPerBoard,
    });
    if (vendor === "amd" || vendor === "intel") {
      const brand = vendor === "amd" ? "AMD (ROCm)" : "Intel (oneAPI)";
      notes.errors.push(`${name}: ${brand} GPUs are not supported by the setup script yet.`);
      continue;
    }
    if (!arch || !isNvidiaArchitecture(arch)) {
      notes.errors.push(`${name}: unknown GPU; set its vendor and architecture or compute capability.`);
      continue;
    }
    const support = NVIDIA_ARCHITECTURES[arch];
    let cc = givenCc ? parseCc(givenCc) : null;
    if (!cc) {
      cc = parseCc(support.ccs[0] ?? "0.0") ?? { major: 0, minor: 0 };
      notes.warnings.push(`${name}: compute capability unknown; assumed ${arch}'s lowest, ${smName(cc)}.`);
    }
    nvidia.push({ name, architecture: arch, cc, devices: item.quantity * devicesPerBoard });
  }
  nvidia.sort((a, b) => compareCc(a.cc, b.cc));
  return { planned, nvidia };
}
