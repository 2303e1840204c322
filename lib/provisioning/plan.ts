import type { ResolvedBuild } from "../builds/types";
import { chooseCudaToolkit } from "./cuda-toolkit";
import { chooseDriver } from "./driver";
import { planEnvironments } from "./environments";
import type { FrameworkChoice } from "./framework-coverage";
import { collectGpus } from "./gpu-inventory";
import { expectedHardware, systemPackages } from "./hardware";
import { chooseJax } from "./jax";
import type { FrameworkName, ProvisionOptions, UbuntuRelease } from "./options";
import { choosePytorch } from "./pytorch";
import { chooseTensorflow } from "./tensorflow";
import type { PlanNotes, PlannedOs, ProvisionPlan, ServicesPlan } from "./types";

const CHOOSERS: Record<FrameworkName, typeof choosePytorch> = {
  pytorch: choosePytorch,
  tensorflow: chooseTensorflow,
  jax: chooseJax,
};

function plannedOs(version: UbuntuRelease): PlannedOs {
  const codename = version === "24.04" ? "noble" : "jammy";
  return { id: "ubuntu", version, codename, name: `Ubuntu ${version} LTS`, arch: "x86_64" };
}

function planServices(options: ProvisionOptions, hasGpu: boolean, notes: PlanNotes): ServicesPlan {
  const services: ServicesPlan = {
    jupyter: options.jupyter,
    docker: options.docker,
    nvidiaContainerToolkit: options.docker && hasGpu,
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

export function planProvisioning(build: ResolvedBuild, options: ProvisionOptions): ProvisionPlan {
  const notes: PlanNotes = { reasons: [], warnings: [], errors: [] };
  const os = plannedOs(options.os);
  const support = options.os === "24.04" ? "the newest LTS" : "the previous LTS, standard support to 2027";
  notes.reasons.push(`OS: ${os.name} (${os.codename}), ${support}.`);
  const inventory = collectGpus(build, notes);
  const gpus = inventory.nvidia;
  const hardware = {
    os,
    gpus: inventory.planned,
    systemPackages: systemPackages(build),
    verify: expectedHardware(build, gpus.reduce((n, g) => n + g.devices, 0)),
    options,
  };
  const driver = notes.errors.length === 0 && gpus.length > 0 ? chooseDriver(gpus, notes) : null;
  if (notes.errors.length > 0) {
    const services = { jupyter: false, docker: false, nvidiaContainerToolkit: false, sshHardening: false };
    return { ...hardware, driver: null, cuda: null, frameworks: [], environments: [], services, ...notes };
  }
  if (!driver) notes.reasons.push("No NVIDIA GPU: no driver or CUDA toolkit; frameworks get their CPU builds.");
  if (driver?.branch === 470 && os.version === "24.04") {
    notes.warnings.push(
      "Ubuntu 24.04: the 470 driver gets no NVIDIA fixes for its newer kernels; Ubuntu 22.04 is the safer choice for Kepler.",
    );
  }
  const choices: FrameworkChoice[] = options.frameworks.map((f) => CHOOSERS[f](gpus, driver, notes));
  const torchCuda = choices.find((c) => c.plan.name === "pytorch")?.cuda ?? null;
  const cuda = driver ? chooseCudaToolkit(gpus, driver, os.version, torchCuda, notes) : null;
  const layout = planEnvironments(options.env, choices, notes);
  const services = planServices(options, driver !== null, notes);
  return { ...hardware, driver, cuda, ...layout, services, ...notes };
}
