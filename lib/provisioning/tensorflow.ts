import type { GpuCode } from "./compute-capability";
import { coverage, describeCoverage, gpuNames, pipCommand, type FrameworkChoice } from "./framework-coverage";
import type { NvidiaGpu } from "./gpu-inventory";
import type { DriverPlan, PlanNotes } from "./types";

// Official tensorflow[and-cuda] builds (facts file section 2): SASS for Pascal to Ada, PTX 9.0.
export const TENSORFLOW_CODE: GpuCode = { sass: ["6.0", "7.0", "8.0", "8.9"], ptx: ["9.0"] };
// PTX JIT does not work on Blackwell with the official 2.19-2.21 wheels: CUDA_ERROR_INVALID_PTX /
// INVALID_HANDLE on sm_120 (tensorflow/tensorflow#89272, #99592, #101746; #111958: "PTX version
// 8.5 does not support target sm_120"). Reports are all sm_120; sm_100 (B200) is unverified and
// treated the same rather than promised.
const PTX_JIT_BROKEN = new Set(["Blackwell"]);
// NVIDIA's NGC TensorFlow container; 25.02 is its last release per NVIDIA's TensorFlow container
// release notes (not re-checked here) and is built on CUDA 12.8, which knows Blackwell.
export const NGC_TENSORFLOW_IMAGE = "nvcr.io/nvidia/tensorflow:25.02-tf2-py3";
// Its pip CUDA 12 libraries need a driver that CUDA 12 minor-version compatibility accepts.
const MIN_BRANCH = 525;

function choice(gpu: boolean, devices: number): FrameworkChoice {
  const packages = gpu ? ["tensorflow[and-cuda]"] : ["tensorflow-cpu"];
  return {
    plan: {
      name: "tensorflow",
      variant: gpu ? "and-cuda" : "cpu",
      install: pipCommand(packages),
      pip: { packages },
      gpu,
      expectedDevices: devices,
    },
    cuda: null,
    pins: [],
  };
}

function ngcChoice(devices: number): FrameworkChoice {
  return {
    plan: {
      name: "tensorflow",
      variant: "ngc-container",
      install: `docker pull ${NGC_TENSORFLOW_IMAGE}`,
      pip: { packages: [] },
      gpu: true,
      expectedDevices: devices,
      container: {
        image: NGC_TENSORFLOW_IMAGE,
        reason: "the official TensorFlow wheels cannot run kernels on Blackwell; NVIDIA's container build can",
      },
    },
    cuda: null,
    pins: [],
  };
}

export function chooseTensorflow(
  gpus: readonly NvidiaGpu[],
  driver: DriverPlan | null,
  notes: PlanNotes,
  docker = false,
): FrameworkChoice {
  if (gpus.length === 0 || !driver) {
    notes.reasons.push("TensorFlow: tensorflow-cpu (no usable NVIDIA GPU).");
    return choice(false, 0);
  }
  const blackwell = gpus.filter((g) => PTX_JIT_BROKEN.has(g.architecture));
  if (blackwell.length > 0) {
    const why =
      `TensorFlow: the official tensorflow[and-cuda] 2.19-2.21 wheels fail on ${gpuNames(blackwell)} with ` +
      "CUDA_ERROR_INVALID_PTX / CUDA_ERROR_INVALID_HANDLE (tensorflow issues 89272, 99592, 101746, 111958)";
    if (docker) {
      notes.warnings.push(`${why}; TensorFlow runs in NVIDIA's NGC container instead (${NGC_TENSORFLOW_IMAGE}).`);
      return ngcChoice(gpus.reduce((n, g) => n + g.devices, 0));
    }
    notes.warnings.push(`${why}; installing tensorflow-cpu. Choose the Docker option to get GPU TensorFlow from NVIDIA's NGC container.`);
    return choice(false, 0);
  }
  const cov = coverage(TENSORFLOW_CODE, gpus);
  if (driver.branch < MIN_BRANCH || cov.devices === 0) {
    const why = driver.branch < MIN_BRANCH ? `driver ${driver.branch} is older than ${MIN_BRANCH}` : "no built-in code";
    notes.warnings.push(`TensorFlow: its CUDA builds do not run on ${gpuNames(gpus)} (${why}); installing tensorflow-cpu.`);
    return choice(false, 0);
  }
  notes.reasons.push(`TensorFlow: tensorflow[and-cuda] has code for ${describeCoverage(cov)}.`);
  if (cov.missing.length > 0) {
    notes.warnings.push(`TensorFlow: ignores ${gpuNames(cov.missing)} (its builds start at Pascal sm_60).`);
  }
  const jit = cov.covered.filter((c) => c.match.via === "ptx").map((c) => c.gpu);
  if (jit.length > 0) {
    notes.warnings.push(
      `TensorFlow: no built-in code for ${gpuNames(jit)}; kernels are JIT-compiled from PTX, so the first run takes minutes.`,
    );
  }
  return choice(true, cov.devices);
}
