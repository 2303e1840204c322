import type { GPU_ARCHITECTURES } from "../parts/specs";
import type { EnvManager, FrameworkName, ProvisionOptions, UbuntuRelease } from "./options";

export type GpuArchitecture = (typeof GPU_ARCHITECTURES)[number];
export type GpuVendor = "nvidia" | "amd" | "intel" | "unknown";

export interface PlannedOs {
  id: "ubuntu";
  version: UbuntuRelease;
  codename: "noble" | "jammy";
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
}

export interface DriverPlan {
  branch: number;
  flavour: "open" | "proprietary";
  package: string;
  /** Month NVIDIA's support for the branch ends (or ended). */
  supportEnds: string;
  /** False once the branch gets no more updates (R470). */
  maintained: boolean;
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
}

export interface FrameworkPlan {
  name: FrameworkName;
  /** Set only when an old release is pinned on purpose (legacy GPUs). */
  version?: string;
  /** Wheel variant or extra: "cu126", "cuda12", "and-cuda", "cpu". */
  variant?: string;
  /** The pip command as a person would type it. */
  install: string;
  pip: PipStep;
  environment: string;
  gpu: boolean;
  /** CUDA devices the framework should see once installed; 0 for CPU builds. */
  expectedDevices: number;
}

export interface EnvironmentPlan {
  name: string;
  purpose: "data-science" | "deep-learning";
  manager: EnvManager;
  python: string;
  /** Installed when the environment is created (conda-forge or PyPI; the names match). */
  packages: string[];
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
  /** CUDA devices nvidia-smi must list (dies, not boards). */
  gpuDevices: number;
  cpuThreads: number | null;
  memoryGb: number | null;
}

export interface ProvisionPlan {
  os: PlannedOs;
  gpus: PlannedGpu[];
  driver: DriverPlan | null;
  cuda: CudaPlan | null;
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
