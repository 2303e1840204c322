import type { UbuntuRelease } from "./options";
import type { PlannedOs } from "./types";

export interface ReleaseFacts {
  codename: PlannedOs["codename"];
  /** The distribution's own python3 (the environments bring their own Python). */
  systemPython: string;
  standardSupportTo: string;
  /** NVIDIA's CUDA apt repository carries the full toolkit for the release (checked). */
  nvidiaToolkitRepo: boolean;
  /** The Kepler driver (R470) and kernel modules for the release's kernels exist. */
  keplerDriver: boolean;
}

// Ubuntu release facts: ubuntu.com/about/release-cycle (5 years of standard support);
// packages.ubuntu.com/resolute/python3 (3.14.3). NVIDIA's ubuntu2604 repository lacked the
// toolkit in April-May 2026 (NVIDIA/cuda-samples#417; issue #14) and third-party builds name
// CUDA 13.3 as the first toolkit NVIDIA publishes for 26.04 (coreweave/nccl-tests#102, Sept
// 2026); no NVIDIA page confirmed its contents, so the plan does not rely on it. R470's signed
// modules stop at noble's 6.11 HWE kernel (packages.ubuntu.com linux-modules-nvidia-470-
// generic-hwe-24.04 6.11.0-29) and no 470 package for resolute's 7.0 kernel was found.
export const RELEASES: Record<UbuntuRelease, ReleaseFacts> = {
  "26.04": { codename: "resolute", systemPython: "3.14", standardSupportTo: "2031", nvidiaToolkitRepo: false, keplerDriver: false },
  "24.04": { codename: "noble", systemPython: "3.12", standardSupportTo: "2029", nvidiaToolkitRepo: true, keplerDriver: true },
  "22.04": { codename: "jammy", systemPython: "3.10", standardSupportTo: "2027", nvidiaToolkitRepo: true, keplerDriver: true },
};

export function plannedOs(version: UbuntuRelease): PlannedOs {
  return { id: "ubuntu", version, codename: RELEASES[version].codename, name: `Ubuntu ${version} LTS`, arch: "x86_64" };
}

/** One honest line on the release: what it is and what it means for this plan. */
export function releaseReason(os: PlannedOs): string {
  const facts = RELEASES[os.version];
  const head = `OS: ${os.name} (${os.codename}, standard support to ${facts.standardSupportTo})`;
  switch (os.version) {
    case "26.04":
      return (
        `${head}: the newest LTS (released 2026-04-23). Its python3 is ${facts.systemPython} and 3.12 is no longer in ` +
        "its archive; that does not matter here, because each environment gets its own Python from conda-forge or uv."
      );
    case "24.04":
      return (
        `${head}: the default, because everything this plan installs is published for it, NVIDIA's CUDA repository ` +
        "included. 26.04 is newer, but NVIDIA's ubuntu2604 repository did not carry the full toolkit when last checked."
      );
    case "22.04":
      return `${head}: the oldest supported LTS; the only one with a CUDA 11.8 repository and 470 driver modules, which Kepler needs.`;
  }
}
