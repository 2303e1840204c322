import type { NvidiaGpu } from "./gpu-inventory";
import type { DriverPlan, PlanNotes } from "./types";

export const DRIVER_PIN_FILE = "/etc/apt/preferences.d/dl-box-nvidia-driver.pref";

// Package names of Ubuntu's archive (packages.ubuntu.com, nvidia-graphics-drivers-<branch> and
// linux-restricted-modules): nvidia-driver-<stem>, nvidia-headless-<stem>,
// nvidia-headless-no-dkms-<stem>, nvidia-dkms-<stem>, linux-modules-nvidia-<stem>-<kernel
// flavour>, nvidia-utils-<branch>[-server]; <stem> is 580, 580-open, 580-server-open...
// ubuntu-drivers installs nvidia-driver-<stem> + nvidia-headless-no-dkms-<stem> +
// linux-modules-nvidia-<stem>-<flavour> when the signed modules exist for the running kernel and
// falls back to nvidia-dkms-<stem> otherwise (canonical/ubuntu-drivers-common,
// UbuntuDrivers/detect.py, _build_installation_list and get_linux_modules_metapackage).
// nvidia-fabricmanager-<branch> (multiverse) depends on nvidia-kernel-common-<branch>-server, so
// SXM boards get the -server packages.
type Shape = Pick<DriverPlan, "package" | "headless" | "server" | "stem" | "signedModulesPrefix" | "dkmsPackage" | "extraPackages" | "fabricManager" | "pinFile">;

export function driverPackages(
  branch: number,
  flavour: DriverPlan["flavour"],
  gpus: readonly NvidiaGpu[],
  headlessOption: boolean | undefined,
  notes: PlanNotes,
): Shape {
  const sxm = gpus.some((g) => g.sxm);
  const server = sxm;
  const stem = `${branch}${server ? "-server" : ""}${flavour === "open" ? "-open" : ""}`;
  const allDataCentre = gpus.length > 0 && gpus.every((g) => g.dataCentre);
  const headless = headlessOption ?? allDataCentre;
  if (headless) {
    notes.reasons.push(
      headlessOption === undefined
        ? `Headless driver (nvidia-headless-${stem}, no X/GL stack): every GPU is a data-centre card without display outputs.`
        : `Headless driver (nvidia-headless-${stem}, no X/GL stack), as chosen.`,
    );
  }
  const utils = `nvidia-utils-${branch}${server ? "-server" : ""}`;
  const fabricManager = sxm ? `nvidia-fabricmanager-${branch}` : null;
  if (fabricManager) {
    notes.reasons.push(
      `SXM board: ${fabricManager} manages the NVSwitch fabric (GPUs stay unusable for CUDA without it on HGX systems); ` +
        `it depends on the -server driver packages, so the driver is nvidia-*-${stem}. It comes from Ubuntu's multiverse.`,
    );
  }
  return {
    package: headless ? `nvidia-headless-${stem}` : `nvidia-driver-${stem}`,
    headless,
    server,
    stem,
    signedModulesPrefix: `linux-modules-nvidia-${stem}-`,
    dkmsPackage: `nvidia-dkms-${stem}`,
    // nvidia-smi is in nvidia-utils, which the headless metapackages leave out.
    extraPackages: headless ? [utils] : [],
    fabricManager,
    pinFile: DRIVER_PIN_FILE,
  };
}

/** apt preferences (apt_preferences(5): glob Package lines, origin pins, priority -1 = never). */
export function driverPinLines(): string[] {
  return [
    "Explanation: Written by the dl-box setup script. The NVIDIA driver comes from Ubuntu's archive;",
    "Explanation: NVIDIA's CUDA repository has packages of the same names (renamed from 590 on), and",
    "Explanation: without this pin a later apt upgrade could replace the driver with NVIDIA's build.",
    "Explanation: Delete this file to let NVIDIA's repository provide the driver.",
    "Package: nvidia-* libnvidia-* xserver-xorg-video-nvidia* cuda-drivers* linux-modules-nvidia-* linux-objects-nvidia-* linux-signatures-nvidia-*",
    "Pin: origin developer.download.nvidia.com",
    "Pin-Priority: -1",
  ];
}
