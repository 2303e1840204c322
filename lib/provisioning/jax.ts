import { compareCc, parseCc } from "./compute-capability";
import { gpuNames, pipCommand, type FrameworkChoice } from "./framework-coverage";
import type { NvidiaGpu } from "./gpu-inventory";
import type { DriverPlan, PlanNotes } from "./types";

interface JaxExtra {
  extra: "cuda13" | "cuda12";
  minCc: string;
  minBranch: number;
}

// Facts file section 2: jax[cuda13] needs CC >= 7.5 and driver >= 580; jax[cuda12] CC >= 5.2, driver >= 525.
export const JAX_EXTRAS: readonly JaxExtra[] = [
  { extra: "cuda13", minCc: "7.5", minBranch: 580 },
  { extra: "cuda12", minCc: "5.2", minBranch: 525 },
];

function choice(extra: JaxExtra | null, devices: number): FrameworkChoice {
  const packages = extra ? [`jax[${extra.extra}]`] : ["jax"];
  return {
    plan: {
      name: "jax",
      variant: extra ? extra.extra : "cpu",
      install: pipCommand(packages),
      pip: { packages },
      gpu: extra !== null,
      expectedDevices: devices,
    },
    cuda: null,
    pins: [],
  };
}

function supported(extra: JaxExtra, gpus: readonly NvidiaGpu[]): NvidiaGpu[] {
  const min = parseCc(extra.minCc);
  return gpus.filter((g) => min && g.ccs.every((cc) => compareCc(cc, min) >= 0));
}

// JAX 0.7.2 made NumPy 2.0 the minimum and 0.11.0 dropped Python 3.11 and NumPy 2.0 (JAX
// CHANGELOG.md, jax-ml/jax at cec06d1), so an environment pinned to Python 3.11 and numpy<2 (the
// Kepler stack) gets 0.7.1, the last release that fits, instead of a silent pip fallback.
export const LEGACY_JAX = "jax<0.7.2";

/** JAX for an environment held at Python 3.11 and NumPy 1 (CPU there: R470 is too old for jax[cuda12]). */
export function legacyJax(current: FrameworkChoice, notes: PlanNotes): FrameworkChoice {
  notes.reasons.push(
    `JAX pinned to ${LEGACY_JAX} (0.7.1, CPU) in the legacy environment: 0.7.2 needs NumPy 2 and 0.11 needs Python 3.12, ` +
      "so pip would otherwise fall back to an arbitrary old JAX without saying so.",
  );
  return { ...current, plan: { ...current.plan, install: pipCommand([LEGACY_JAX]), pip: { packages: [LEGACY_JAX] } } };
}

export function chooseJax(gpus: readonly NvidiaGpu[], driver: DriverPlan | null, notes: PlanNotes): FrameworkChoice {
  if (gpus.length === 0 || !driver) {
    notes.reasons.push("JAX: CPU build (no usable NVIDIA GPU).");
    return choice(null, 0);
  }
  const usable = JAX_EXTRAS.filter((e) => driver.branch >= e.minBranch);
  const full = usable.find((e) => supported(e, gpus).length === gpus.length);
  const devices = (list: readonly NvidiaGpu[]) => list.reduce((n, g) => n + g.devices, 0);
  if (full) {
    const newer = JAX_EXTRAS.filter((e) => e !== full && JAX_EXTRAS.indexOf(e) < JAX_EXTRAS.indexOf(full));
    const why = newer.map((e) => `; jax[${e.extra}] needs compute capability ${e.minCc}+ and driver ${e.minBranch}+`);
    notes.reasons.push(`JAX: jax[${full.extra}] runs on every GPU (${gpuNames(gpus)})${why.join("")}.`);
    return choice(full, devices(gpus));
  }
  const partial = usable.find((e) => supported(e, gpus).length > 0);
  if (partial) {
    const missing = gpus.filter((g) => !supported(partial, gpus).includes(g));
    notes.reasons.push(`JAX: jax[${partial.extra}] for the GPUs it supports.`);
    notes.warnings.push(
      `JAX: jax[${partial.extra}] does not support ${gpuNames(missing)}; hide them with CUDA_VISIBLE_DEVICES.`,
    );
    return choice(partial, devices(supported(partial, gpus)));
  }
  notes.warnings.push(`JAX: no CUDA build supports ${gpuNames(gpus)}; installing the CPU build.`);
  return choice(null, 0);
}
