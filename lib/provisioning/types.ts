import type { GPU_ARCHITECTURES } from "../parts/specs";
import type { EnvManager, FrameworkName, ProvisionOptions, UbuntuRelease } from "./options";

export type GpuArchitecture = (typeof GPU_ARCHITECTURES)[number];
export type GpuVendor = "nvidia" | "amd" | "intel" | "unknown";

export interface PlannedOs {
  id: "ubuntu";
  version: UbuntuRelease;
  codename: "resolute" | "noble" | "jammy";
  name: string;
  arch: "x86_64";
}

export interface PlannedGpu {
  name: string;
  vendor: GpuVendor;
  architecture: GpuArchitecture | null;
  computeCapability: string | null;
  /** Boards of this model in the build. */
  quantity: number;
  /** CUDA devices per board: a Tesla K80 shows up as two. */
  devicesPerBoard: number;
  /** Where the compute capability came from: the part, its chipset name, or nowhere. */
  computeCapabilitySource?: "part" | "chipset" | "unknown";
  /** AMD: the LLVM target (gfx1100) ROCm builds for, when the model is known. */
  gfxTarget?: string;
  /** AMD/Intel: whether the plan sets up a GPU stack for it. */
  supported?: boolean;
}

export interface DriverPlan {
  branch: number;
  flavour: "open" | "proprietary";
  /** The metapackage: nvidia-driver-580-open, or nvidia-headless-580-open without the X/GL stack. */
  package: string;
  /** No X/GL stack (nvidia-headless-*): data-centre cards have no display outputs to drive. */
  headless: boolean;
  /** The -server (Enterprise Ready Driver) packages, which Fabric Manager depends on. */
  server: boolean;
  /** Package name stem after "nvidia-driver-": "580-open", "580-server-open", "470". */
  stem: string;
  /** Canonical-signed prebuilt modules; the script appends the kernel flavour ("generic"). */
  signedModulesPrefix: string;
  /** Fallback when no signed modules exist for the running kernel: built here by DKMS. */
  dkmsPackage: string;
  /** Installed next to the metapackage (nvidia-utils for nvidia-smi on a headless box). */
  extraPackages: string[];
  /** nvidia-fabricmanager-<branch> for SXM boards (NVSwitch), null otherwise. */
  fabricManager: string | null;
  /** apt preferences keep every nvidia-* package on Ubuntu's archive. */
  pinFile: string;
  /** Month NVIDIA's support for the branch ends (or ended). */
  supportEnds: string;
  /** False once the branch gets no more updates (R470). */
  maintained: boolean;
}

export interface RocmPlan {
  /** ROCm release whose install path and wheels the plan uses. */
  release: string;
  /** amdgpu-install package for this Ubuntu release (kernel driver + ROCm user space). */
  installerUrl: string;
  /** amdgpu-install --usecase value. */
  usecase: string;
  /** LLVM targets of the supported GPUs (gfx1100, gfx942...). */
  gfxTargets: string[];
  /** Kernel metapackage Radeon cards need on this release (HWE), null when the GA kernel will do. */
  kernelPackage: string | null;
  /** ROCm tools and the GPU device nodes need the user in these groups. */
  groups: string[];
}

export interface CudaPlan {
  toolkit: string;
  package: string;
  /** NVIDIA apt repository the toolkit comes from. */
  repository: string;
}

export interface PipStep {
  packages: string[];
  indexUrl?: string;
  /** A second index next to PyPI (AMD's ROCm wheels pull their dependencies from PyPI). */
  extraIndexUrl?: string;
  /** Installed with the environment's current versions as constraints, so nothing installed moves. */
  keepInstalled?: boolean;
}

/** A framework run from a container instead of a pip environment (NGC TensorFlow). */
export interface ContainerPlan {
  image: string;
  /** Why the container and not a wheel. */
  reason: string;
}

export interface FrameworkPlan {
  name: FrameworkName;
  /** Set only when an old release is pinned on purpose (legacy GPUs). */
  version?: string;
  /** Wheel variant or extra: "cu126", "cuda12", "and-cuda", "rocm10.0", "ngc-container", "cpu". */
  variant?: string;
  /** The pip command as a person would type it. */
  install: string;
  pip: PipStep;
  environment: string;
  gpu: boolean;
  /** CUDA devices the framework should see once installed; 0 for CPU builds. */
  expectedDevices: number;
  /** Set when the framework runs in a container (its pip step is then empty). */
  container?: ContainerPlan;
}

export interface EnvironmentPlan {
  name: string;
  purpose: "data-science" | "deep-learning";
  manager: EnvManager;
  python: string;
  /** Installed when the environment is created (conda-forge or PyPI; the names match). */
  packages: string[];
  /** Framework installs first, then the data-science set constrained to what they installed. */
  pip: PipStep[];
  frameworks: FrameworkName[];
  location: string;
}

export interface ServicesPlan {
  jupyter: boolean;
  docker: boolean;
  nvidiaContainerToolkit: boolean;
  sshHardening: boolean;
}

export interface VerifyPlan {
  /** GPU devices nvidia-smi (NVIDIA) or rocminfo (AMD) must list: dies, not boards. */
  gpuDevices: number;
  cpuThreads: number | null;
  memoryGb: number | null;
}

export interface ProvisionPlan {
  os: PlannedOs;
  gpus: PlannedGpu[];
  driver: DriverPlan | null;
  cuda: CudaPlan | null;
  rocm: RocmPlan | null;
  frameworks: FrameworkPlan[];
  environments: EnvironmentPlan[];
  services: ServicesPlan;
  systemPackages: string[];
  verify: VerifyPlan;
  warnings: string[];
  reasons: string[];
  /** Non-empty when the build cannot be provisioned; the script then refuses to run. */
  errors: string[];
  options: ProvisionOptions;
}

/** Collects the one-line explanations while the plan is built. */
export interface PlanNotes {
  reasons: string[];
  warnings: string[];
  errors: string[];
}
