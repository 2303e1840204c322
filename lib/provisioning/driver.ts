import { NVIDIA_ARCHITECTURES, type NvidiaArchitecture } from "./architectures";
import { smLabel } from "./compute-capability";
import { driverPackages } from "./driver-packages";
import type { NvidiaGpu } from "./gpu-inventory";
import type { UbuntuRelease } from "./options";
import { RELEASES } from "./releases";
import type { DriverPlan, PlanNotes } from "./types";

interface DriverBranch {
  branch: number;
  supportEnds: string;
  ended: boolean;
}

// Only branches worth installing in late 2026, newest first. 595 is newer than 580 but its
// support ends in March 2027 while 580 (long-term) runs to June 2028 and drives every GPU from
// Maxwell to Blackwell, so 580 is the newest branch we plan. 535 ended in June 2026.
export const DRIVER_BRANCHES: readonly DriverBranch[] = [
  { branch: 580, supportEnds: "June 2028", ended: false },
  { branch: 470, supportEnds: "September 2024", ended: true },
];

function drives(branch: number, arch: NvidiaArchitecture): boolean {
  const support = NVIDIA_ARCHITECTURES[arch];
  return branch >= support.minBranch && (support.lastBranch === null || branch <= support.lastBranch);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function chooseFlavour(gpus: readonly NvidiaGpu[], notes: PlanNotes): DriverPlan["flavour"] | null {
  const archs = unique(gpus.map((g) => g.architecture));
  const closedOnly = archs.filter((a) => !NVIDIA_ARCHITECTURES[a].openModules);
  const openOnly = archs.filter((a) => NVIDIA_ARCHITECTURES[a].requiresOpen);
  if (closedOnly.length > 0 && openOnly.length > 0) {
    notes.errors.push(
      `${openOnly.join(", ")} needs the open kernel modules and ${closedOnly.join(", ")} the proprietary ones: ` +
        "no driver flavour drives both; put these GPUs in separate machines.",
    );
    return null;
  }
  if (closedOnly.length === 0) {
    notes.reasons.push(`${archs.join(", ")}: open kernel modules (-open), NVIDIA's recommendation for Turing and newer.`);
    return "open";
  }
  const mixed = archs.length > closedOnly.length ? " (NVIDIA: mixed old and new GPUs keep the proprietary driver)" : "";
  notes.reasons.push(
    `${closedOnly.join(", ")}: proprietary kernel modules; the open modules support Turing and newer only${mixed}.`,
  );
  return "proprietary";
}

/** The newest planned branch that drives every GPU, or an error naming the conflict. */
export function chooseDriver(
  gpus: readonly NvidiaGpu[],
  os: UbuntuRelease,
  headless: boolean | undefined,
  notes: PlanNotes,
): DriverPlan | null {
  const oldest = gpus[0];
  const newest = gpus[gpus.length - 1];
  if (!oldest || !newest) return null;
  const pick = DRIVER_BRANCHES.find((b) => gpus.every((g) => drives(b.branch, g.architecture)));
  if (!pick) {
    const last = NVIDIA_ARCHITECTURES[oldest.architecture].lastBranch;
    const min = NVIDIA_ARCHITECTURES[newest.architecture].minBranch;
    notes.errors.push(
      `No NVIDIA driver branch supports every GPU: ${oldest.architecture} ends at R${last}, ` +
        `${newest.architecture} needs R${min} or newer; put these GPUs in separate machines.`,
    );
    return null;
  }
  if (pick.branch === 470 && !RELEASES[os].keplerDriver) {
    notes.errors.push(
      `${oldest.name}: Kepler needs the 470 driver, which has no modules for Ubuntu ${os}'s kernel ` +
        "(its signed modules stop at 24.04's 6.11 kernel); set the box up with Ubuntu 22.04.",
    );
    return null;
  }
  const flavour = chooseFlavour(gpus, notes);
  if (!flavour) return null;
  const oldestSupport = NVIDIA_ARCHITECTURES[oldest.architecture];
  if (oldestSupport.lastBranch === pick.branch) {
    notes.reasons.push(
      `${oldest.architecture} (${smLabel(oldest.ccs)}): the ${pick.branch} branch is the last that supports it.`,
    );
  } else {
    notes.reasons.push(
      `Driver ${pick.branch}: the long-term branch (supported to ${pick.supportEnds}) drives every GPU in the build.`,
    );
  }
  if (pick.ended) {
    notes.warnings.push(
      `${oldest.architecture}: the R${pick.branch} driver stopped receiving updates in ${pick.supportEnds}; ` +
        "Ubuntu 22.04 and later kernels and current frameworks support it poorly. Consider a newer GPU or CPU-only work.",
    );
  } else if (oldestSupport.lastBranch === pick.branch) {
    notes.warnings.push(
      `${oldest.architecture}: ${pick.branch} is the last driver branch for it; security updates end in ${pick.supportEnds}.`,
    );
  }
  const packages = driverPackages(pick.branch, flavour, gpus, headless, notes);
  notes.reasons.push(
    `${packages.package} comes from Ubuntu's archive, whose package name pins the ${pick.branch} branch; an apt ` +
      `preferences file keeps every nvidia-* package there, because NVIDIA's CUDA repository carries packages of the ` +
      "same names (renamed from 590 on) that a later apt upgrade could otherwise swap in.",
  );
  notes.reasons.push(
    `Kernel modules: Canonical's signed prebuilt ${packages.signedModulesPrefix}<kernel flavour> where it exists for the ` +
      `running kernel (they load with Secure Boot on); otherwise ${packages.dkmsPackage} builds them here, and with ` +
      "Secure Boot on the script queues the signing key with mokutil for you to confirm at the next boot.",
  );
  return { branch: pick.branch, flavour, ...packages, supportEnds: pick.supportEnds, maintained: !pick.ended };
}
