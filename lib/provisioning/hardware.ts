import type { ResolvedBuild } from "../builds/types";
import type { VerifyPlan } from "./types";

// Tools the final summary and the checklist's burn-in steps use (facts file section 5).
const BASE_PACKAGES = [
  "build-essential",
  "ca-certificates",
  "curl",
  "git",
  "gnupg",
  "htop",
  "pciutils",
  "smartmontools",
  "tmux",
];

export function systemPackages(build: ResolvedBuild): string[] {
  const nvme = build.items.some((i) => i.part.category === "storage" && i.part.specs.interface === "NVMe");
  return nvme ? [...BASE_PACKAGES, "nvme-cli"].sort() : BASE_PACKAGES;
}

/** What the machine should report once built; null where the parts do not say. */
export function expectedHardware(build: ResolvedBuild, gpuDevices: number): VerifyPlan {
  let threads: number | null = 0;
  let memoryGb: number | null = 0;
  let cpus = 0;
  let memoryItems = 0;
  for (const item of build.items) {
    const { part } = item;
    if (part.category === "cpu") {
      cpus += 1;
      const t = part.specs.threads ?? part.specs.cores;
      threads = threads !== null && t !== undefined ? threads + t * item.quantity : null;
    } else if (part.category === "memory") {
      memoryItems += 1;
      const { modules, moduleGb } = part.specs;
      memoryGb = memoryGb !== null && modules && moduleGb ? memoryGb + modules * moduleGb * item.quantity : null;
    }
  }
  return {
    gpuDevices,
    cpuThreads: cpus > 0 ? threads : null,
    memoryGb: memoryItems > 0 ? memoryGb : null,
  };
}
