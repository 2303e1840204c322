import type { ResolvedBuild } from "../builds/types";
import { chooseCudaToolkit } from "./cuda-toolkit";
import { chooseDriver } from "./driver";
import { planEnvironments } from "./environments";
import type { FrameworkChoice } from "./framework-coverage";
import { collectGpus, type GpuInventory } from "./gpu-inventory";
import { expectedHardware, systemPackages } from "./hardware";
import { chooseJax, legacyJax } from "./jax";
import type { ProvisionOptions } from "./options";
import { choosePytorch } from "./pytorch";
import { plannedOs, releaseReason } from "./releases";
import { chooseForRocm, planRocm } from "./rocm";
import { chooseTensorflow } from "./tensorflow";
import type { DriverPlan, PlanNotes, ProvisionPlan, RocmPlan, ServicesPlan } from "./types";

function planServices(options: ProvisionOptions, nvidia: boolean, notes: PlanNotes): ServicesPlan {
  const services: ServicesPlan = {
    jupyter: options.jupyter,
    docker: options.docker,
    nvidiaContainerToolkit: options.docker && nvidia,
    sshHardening: options.sshHardening,
  };
  if (services.jupyter) {
    notes.reasons.push("JupyterLab: a systemd service bound to 127.0.0.1:8888; reach it through an SSH tunnel.");
  }
  if (services.docker) {
    notes.reasons.push(
      services.nvidiaContainerToolkit
        ? "Docker: Ubuntu's docker.io plus the NVIDIA Container Toolkit, so containers get GPUs with --gpus all."
        : "Docker: Ubuntu's docker.io (no NVIDIA GPU, so no NVIDIA Container Toolkit).",
    );
  }
  if (services.sshHardening) {
    notes.reasons.push(
      "SSH: password and root logins are turned off only if the user already has an authorized key, so nobody is locked out.",
    );
  }
  return services;
}

function checkVendorMix(inventory: GpuInventory, notes: PlanNotes): void {
  const amd = inventory.amd.some((g) => g.supported);
  if (inventory.nvidia.length > 0 && amd) {
    notes.errors.push("The build mixes NVIDIA and AMD GPUs: the script sets up one vendor's stack per machine; put them in separate machines.");
  }
}

function frameworkChoices(
  options: ProvisionOptions,
  inventory: GpuInventory,
  driver: DriverPlan | null,
  rocm: RocmPlan | null,
  notes: PlanNotes,
): FrameworkChoice[] {
  const gpus = inventory.nvidia;
  const choices = options.frameworks.map((f): FrameworkChoice => {
    if (rocm) return chooseForRocm(f, rocm, inventory.amd, notes);
    if (f === "pytorch") return choosePytorch(gpus, driver, notes);
    if (f === "tensorflow") return chooseTensorflow(gpus, driver, notes, options.docker);
    return chooseJax(gpus, driver, notes);
  });
  // The Kepler stack holds its environment at Python 3.11 and NumPy 1; JAX shares it.
  const legacy = choices.some((c) => c.python !== undefined);
  return choices.map((c) => (legacy && c.plan.name === "jax" ? legacyJax(c, notes) : c));
}

export function planProvisioning(build: ResolvedBuild, options: ProvisionOptions): ProvisionPlan {
  const notes: PlanNotes = { reasons: [], warnings: [], errors: [] };
  const os = plannedOs(options.os);
  notes.reasons.push(releaseReason(os));
  const inventory = collectGpus(build, notes);
  checkVendorMix(inventory, notes);
  const gpus = inventory.nvidia;
  const amdDevices = inventory.amd.filter((g) => g.supported).reduce((n, g) => n + g.devices, 0);
  const hardware = {
    os,
    gpus: inventory.planned,
    systemPackages: systemPackages(build),
    verify: expectedHardware(build, gpus.reduce((n, g) => n + g.devices, 0) + amdDevices),
    options,
  };
  const driver = notes.errors.length === 0 && gpus.length > 0 ? chooseDriver(gpus, os.version, options.headless, notes) : null;
  const rocm = notes.errors.length === 0 ? planRocm(inventory.amd, os.version, notes) : null;
  if (notes.errors.length > 0) {
    const services = { jupyter: false, docker: false, nvidiaContainerToolkit: false, sshHardening: false };
    return { ...hardware, driver: null, cuda: null, rocm: null, frameworks: [], environments: [], services, ...notes };
  }
  if (!driver && !rocm) notes.reasons.push("No supported GPU: no driver or GPU toolkit; frameworks get their CPU builds.");
  if (driver?.branch === 470 && os.version === "24.04") {
    notes.warnings.push(
      "Ubuntu 24.04: the 470 driver gets no NVIDIA fixes for its newer kernels; Ubuntu 22.04 is the safer choice for Kepler.",
    );
  }
  const choices = frameworkChoices(options, inventory, driver, rocm, notes);
  const torchCuda = choices.find((c) => c.plan.name === "pytorch")?.cuda ?? null;
  const cuda = driver ? chooseCudaToolkit(gpus, driver, os.version, torchCuda, notes) : null;
  const layout = planEnvironments(options.env, choices, notes);
  const services = planServices(options, driver !== null, notes);
  return { ...hardware, driver, cuda, rocm, ...layout, services, ...notes };
}
