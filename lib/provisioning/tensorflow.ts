import type { GpuCode } from "./compute-capability";
import { coverage, describeCoverage, gpuNames, pipCommand, type FrameworkChoice } from "./framework-coverage";
import type { NvidiaGpu } from "./gpu-inventory";
import type { DriverPlan, PlanNotes } from "./types";

// Official tensorflow[and-cuda] builds (facts file section 2): Pascal and newer, Blackwell by PTX.
export const TENSORFLOW_CODE: GpuCode = { sass: ["6.0", "7.0", "8.0", "8.9"], ptx: ["9.0"] };
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

export function chooseTensorflow(gpus: readonly NvidiaGpu[], driver: DriverPlan | null, notes: PlanNotes): FrameworkChoice {
  if (gpus.length === 0 || !driver) {
    notes.reasons.push("TensorFlow: tensorflow-cpu (no usable NVIDIA GPU).");
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
