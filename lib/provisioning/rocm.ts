import { pipCommand, type FrameworkChoice } from "./framework-coverage";
import type { AmdGpu } from "./gpu-inventory";
import type { FrameworkName, UbuntuRelease } from "./options";
import { RELEASES } from "./releases";
import { RADEON_KERNEL, ROCM_RELEASE } from "./rocm-gpus";
import type { PlanNotes, RocmPlan } from "./types";

// ROCm 10.0 install path: ROCm/rocm-docs docs/install/include/200-install.rst (commit 0c31064):
// amdgpu-install 31.50 for jammy/noble/resolute, then
// `amdgpu-install --usecase=rocm,graphics --gfxversion=auto` for Radeon, then reboot. ROCm 10.1
// (2026-10-05, PyTorch 2.14) is newer, but no install page for it was found, so 10.0 is planned.
const INSTALLER_VERSION = "31.50";
const INSTALLER_DEB = "amdgpu-install_31.50.315000-1_all.deb";
// AMD's wheel index for ROCm 10 (TheRock): torch[device-<gfx>]==2.13.0+rocm10.0.0 with
// torchvision 0.28.0; the extras pull the matching rocm-sdk libraries (AMD's ROCm 10.0 PyTorch
// instructions as quoted by public install guides; no AMD page with the exact command was in the
// search corpus). ROCm 10.1's compatibility table lists PyTorch 2.14.0 for Radeon.
export const ROCM_WHEEL_INDEX = "https://stable.repo.amd.com/rocm/whl-next/";
const TORCH = "2.13.0+rocm10.0.0";
const TORCHVISION = "0.28.0+rocm10.0.0";

export function planRocm(gpus: readonly AmdGpu[], os: UbuntuRelease, notes: PlanNotes): RocmPlan | null {
  // Cards outside the list already carry their warning (gpuStackSupport, in the inventory).
  const supported = gpus.filter((g) => g.supported && g.gfx);
  if (supported.length === 0) return null;
  const radeon = supported.some((g) => g.family === "radeon");
  const kernelPackage = radeon ? (RADEON_KERNEL[os] ?? null) : null;
  const gfxTargets = [...new Set(supported.map((g) => g.gfx as string))].sort();
  notes.reasons.push(
    `AMD: ROCm ${ROCM_RELEASE} supports ${supported.map((g) => `${g.name} (${g.gfx})`).join(", ")}; amdgpu-install ${INSTALLER_VERSION} ` +
      "installs the amdgpu kernel driver (DKMS) and the ROCm user space (ROCm/rocm-docs install guide).",
  );
  if (kernelPackage) {
    notes.reasons.push(`AMD: ROCm ${ROCM_RELEASE} supports Radeon cards on Ubuntu ${os} with the HWE kernel only, so ${kernelPackage} is installed (ROCm os-support table).`);
  }
  return {
    release: ROCM_RELEASE,
    installerUrl: `https://repo.radeon.com/amdgpu-install/${INSTALLER_VERSION}/ubuntu/${RELEASES[os].codename}/${INSTALLER_DEB}`,
    usecase: "rocm,graphics",
    gfxTargets,
    kernelPackage,
    groups: ["render", "video"],
  };
}

function cpuChoice(name: FrameworkName, packages: string[]): FrameworkChoice {
  return {
    plan: { name, variant: "cpu", install: pipCommand(packages), pip: { packages }, gpu: false, expectedDevices: 0 },
    cuda: null,
    pins: [],
  };
}

/** PyTorch's ROCm wheels for the supported GPUs; TensorFlow and JAX on CPU, saying why. */
export function chooseForRocm(name: FrameworkName, rocm: RocmPlan, gpus: readonly AmdGpu[], notes: PlanNotes): FrameworkChoice {
  if (name === "pytorch") {
    const devices = gpus.filter((g) => g.supported).reduce((n, g) => n + g.devices, 0);
    const extra = rocm.gfxTargets.length === 1 ? `device-${rocm.gfxTargets[0]}` : "device-all";
    const packages = [`torch[${extra}]==${TORCH}`, `torchvision[${extra}]==${TORCHVISION}`];
    notes.reasons.push(
      `PyTorch: AMD's ROCm ${rocm.release} wheels (torch ${TORCH.split("+")[0]}, ${extra}) from ${ROCM_WHEEL_INDEX}; they bring ` +
        "their own ROCm libraries and run on the amdgpu driver.",
    );
    return {
      plan: {
        name, variant: `rocm${rocm.release}`, install: `${pipCommand(packages)} --extra-index-url ${ROCM_WHEEL_INDEX}`,
        pip: { packages, extraIndexUrl: ROCM_WHEEL_INDEX }, gpu: true, expectedDevices: devices,
      },
      cuda: null,
      pins: [],
    };
  }
  if (name === "tensorflow") {
    notes.warnings.push(
      `TensorFlow: ROCm ${rocm.release}'s table lists TensorFlow 2.21 (package rocm_tensorflow, Python 3.12 only) for ` +
        "gfx950/942/120x/110x, but its install command could not be checked, so the plan installs tensorflow-cpu.",
    );
    return cpuChoice(name, ["tensorflow-cpu"]);
  }
  notes.warnings.push(
    `JAX: ROCm lists JAX 0.11.1 for gfx950/942/90a/120x/110x through AMD's jaxlib and ROCm plugins, whose names for ROCm ${rocm.release} ` +
      "could not be checked; the plan installs the CPU build (pip install jax).",
  );
  return cpuChoice(name, ["jax"]);
}
