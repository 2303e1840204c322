import type { GpuArchitecture, GpuVendor } from "./types";
import { isNvidiaArchitecture } from "./architectures";

const AMD_ARCHITECTURES: readonly GpuArchitecture[] = ["RDNA", "RDNA2", "RDNA3", "RDNA4", "CDNA"];
const INTEL_ARCHITECTURES: readonly GpuArchitecture[] = ["Alchemist", "Battlemage"];
// Custom parts often come with a name and nothing else; the name is the only vendor hint.
export function vendorOf(name: string, arch: GpuArchitecture | undefined, given: GpuVendor | undefined): GpuVendor {
  if (given) return given;
  if (arch && isNvidiaArchitecture(arch)) return "nvidia";
  if (arch && AMD_ARCHITECTURES.includes(arch)) return "amd";
  if (arch && INTEL_ARCHITECTURES.includes(arch)) return "intel";
  if (/\b(nvidia|geforce|quadro|tesla|titan|[gr]tx)\b/i.test(name)) return "nvidia";
  if (/\b(amd|radeon|instinct)\b/i.test(name)) return "amd";
  if (/\b(intel|arc)\b/i.test(name)) return "intel";
  return "unknown";
}
