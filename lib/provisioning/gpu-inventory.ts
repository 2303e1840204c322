import type { ResolvedBuild } from "../builds/types";
import { nvidiaChipset } from "../import-export/opendb/nvidia-chipsets";
import type { GpuSpecs } from "../parts/specs";
import { NVIDIA_ARCHITECTURES, architectureOfCc, isNvidiaArchitecture, type NvidiaArchitecture } from "./architectures";
import { compareCc, parseCc, type Cc } from "./compute-capability";
import { gpuStackSupport } from "./gpu-stack-support";
import { vendorOf } from "./gpu-vendor";
import { amdModel, type AmdFamily } from "./rocm-gpus";
import type { GpuArchitecture, PlanNotes, PlannedGpu } from "./types";

/** An NVIDIA GPU model with everything the driver and framework choices need. */
export interface NvidiaGpu {
  name: string;
  architecture: NvidiaArchitecture;
  /** The lowest possible compute capability: the exact one when known. */
  cc: Cc;
  /** Every capability the GPU may have: one when known, the family's when not. */
  ccs: Cc[];
  /** CUDA devices of this model in the build (boards x dies). */
  devices: number;
  /** No display outputs (Tesla, A100, H100...): headless drivers by default. */
  dataCentre: boolean;
  /** SXM module on an HGX board: needs Fabric Manager for NVSwitch. */
  sxm: boolean;
}

export interface AmdGpu {
  name: string;
  gfx: string | null;
  family: AmdFamily | null;
  supported: boolean;
  devices: number;
}

export interface GpuInventory {
  planned: PlannedGpu[];
  /** Oldest compute capability first. */
  nvidia: NvidiaGpu[];
  amd: AmdGpu[];
}

// Cards without display outputs (NVIDIA data-centre line); linear patterns on the name.
const DATA_CENTRE = /\b(tesla|g?[abh]\d{2,3}[a-z]?|l4|l40s?|a2|a10g?|a16|a30|a40|t4|[kmpv]\d{2,3})\b|\bsxm\d?\b/i;
// Workstation and consumer lines have display outputs even where the model number looks alike.
const DISPLAY_LINES = /\b(quadro|geforce|rtx|titan|nvs)\b/i;
const SXM = /\bsxm\d?\b/i;

interface Identity {
  arch: GpuArchitecture | undefined;
  cc: string | null;
  source: NonNullable<PlannedGpu["computeCapabilitySource"]>;
}

/** The part's own CC, else the chipset table's (by chipset, then name), else unknown. */
function identify(name: string, specs: GpuSpecs): Identity {
  if (specs.computeCapability) {
    return { arch: specs.architecture ?? architectureOfCc(specs.computeCapability) ?? undefined, cc: specs.computeCapability, source: "part" };
  }
  const table = (specs.chipset ? nvidiaChipset(specs.chipset) : undefined) ?? nvidiaChipset(name);
  const tableArch = table?.family && isNvidiaArchitecture(table.family as GpuArchitecture) ? (table.family as GpuArchitecture) : undefined;
  if (table?.computeCapability && (!specs.architecture || specs.architecture === tableArch)) {
    return { arch: specs.architecture ?? tableArch ?? architectureOfCc(table.computeCapability) ?? undefined, cc: table.computeCapability, source: "chipset" };
  }
  return { arch: specs.architecture ?? tableArch, cc: null, source: "unknown" };
}

function nvidiaGpu(name: string, arch: NvidiaArchitecture, cc: string | null, devices: number, notes: PlanNotes): NvidiaGpu | null {
  const exact = cc ? parseCc(cc) : null;
  if (cc && exact && exact.major < 3) {
    notes.errors.push(`${name}: compute capability ${cc} (pre-Kepler): no driver this script can install supports it.`);
    return null;
  }
  const ccs = exact ? [exact] : NVIDIA_ARCHITECTURES[arch].ccs.map((c) => parseCc(c)).filter((c): c is Cc => c !== null);
  const lowest = ccs[0] ?? { major: 0, minor: 0 };
  if (!exact) {
    const options = NVIDIA_ARCHITECTURES[arch].ccs.join(", ");
    notes.warnings.push(
      `${name}: compute capability unknown (${arch} chips are ${options}); the plan only counts on builds that run on all of them. ` +
        "Set the part's compute capability for a precise plan.",
    );
  }
  return { name, architecture: arch, cc: lowest, ccs, devices, dataCentre: DATA_CENTRE.test(name) && !DISPLAY_LINES.test(name), sxm: SXM.test(name) };
}

export function collectGpus(build: ResolvedBuild, notes: PlanNotes): GpuInventory {
  const inventory: GpuInventory = { planned: [], nvidia: [], amd: [] };
  for (const item of build.items) {
    if (item.part.category !== "gpu") continue;
    const { name, specs } = item.part;
    const id = identify(name, specs);
    const vendor = vendorOf(name, id.arch, specs.vendor ?? (id.source === "chipset" ? "nvidia" : undefined));
    const devicesPerBoard = specs.gpuDies ?? (id.source === "chipset" ? nvidiaChipset(specs.chipset ?? name)?.dies : undefined) ?? 1;
    const devices = item.quantity * devicesPerBoard;
    const planned: PlannedGpu = {
      name, vendor, architecture: id.arch ?? null, computeCapability: id.cc, quantity: item.quantity, devicesPerBoard,
    };
    inventory.planned.push(planned);
    const stack = gpuStackSupport(name, specs);
    if (stack && stack.status !== "supported") notes.warnings.push(stack.message);
    if (vendor === "amd") {
      const model = amdModel(specs.chipset ?? name) ?? amdModel(name);
      planned.supported = model?.supported ?? false;
      if (model) planned.gfxTarget = model.gfx;
      inventory.amd.push({ name, gfx: model?.gfx ?? null, family: model?.family ?? null, supported: planned.supported, devices });
      continue;
    }
    if (vendor === "intel") {
      planned.supported = false;
      continue;
    }
    planned.computeCapabilitySource = id.source;
    if (!id.arch || !isNvidiaArchitecture(id.arch)) {
      const cc = id.cc ? parseCc(id.cc) : null;
      notes.errors.push(
        cc && cc.major < 3
          ? `${name}: compute capability ${id.cc} (pre-Kepler): no driver this script can install supports it.`
          : `${name}: unknown GPU; set its vendor and architecture or compute capability.`,
      );
      continue;
    }
    if (id.source === "chipset") notes.reasons.push(`${name}: compute capability ${id.cc} from its chipset name (NVIDIA's CUDA GPU list).`);
    const gpu = nvidiaGpu(name, id.arch, id.cc, devices, notes);
    if (gpu) inventory.nvidia.push(gpu);
  }
  inventory.nvidia.sort((a, b) => compareCc(a.cc, b.cc));
  return inventory;
}
