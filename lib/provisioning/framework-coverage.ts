import { runsOn, smLabel, type GpuCode, type Match } from "./compute-capability";
import type { NvidiaGpu } from "./gpu-inventory";
import type { FrameworkPlan } from "./types";

/** A framework decision before it is assigned to an environment. */
export interface FrameworkChoice {
  plan: Omit<FrameworkPlan, "environment">;
  /** CUDA version the wheels carry, so the system toolkit can match it. */
  cuda: string | null;
  /** Python the wheels need, when older than the default. */
  python?: string;
  /** Constraints the environment must keep (an old build needs numpy<2). */
  pins: string[];
}

export interface Coverage {
  covered: { gpu: NvidiaGpu; match: Match }[];
  missing: NvidiaGpu[];
  devices: number;
}

/** A GPU counts as covered only when the build runs on every capability it may have. */
export function coverage(code: GpuCode, gpus: readonly NvidiaGpu[]): Coverage {
  const result: Coverage = { covered: [], missing: [], devices: 0 };
  for (const gpu of gpus) {
    const matches = gpu.ccs.map((cc) => runsOn(code, cc));
    const match = matches.every((m) => m !== null) ? matches[0] : null;
    if (match) {
      result.covered.push({ gpu, match });
      result.devices += gpu.devices;
    } else {
      result.missing.push(gpu);
    }
  }
  return result;
}

/** "Pascal sm_61 (runs sm_60 code), Ada sm_89 (runs sm_86 code)" */
export function describeCoverage(cov: Coverage): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const { gpu, match } of cov.covered) {
    const label = `${gpu.architecture} ${smLabel(gpu.ccs)}`;
    if (seen.has(label)) continue;
    seen.add(label);
    const target = match.target.replace(".", "");
    const exact = `sm_${target}` === smLabel(gpu.ccs);
    if (match.via === "ptx") parts.push(`${label} (JIT-compiled from compute_${target} PTX)`);
    else parts.push(exact ? label : `${label} (runs sm_${target} code)`);
  }
  return parts.join(", ");
}

export function gpuNames(gpus: readonly NvidiaGpu[]): string {
  return [...new Set(gpus.map((g) => `${g.name} (${smLabel(g.ccs)})`))].join(", ");
}

export function pipCommand(packages: readonly string[], indexUrl?: string): string {
  // Quoted the way a person would type them, so brackets and "<" survive any shell.
  const args = packages.map((p) => (/^[A-Za-z0-9._=-]+$/.test(p) ? p : `'${p}'`));
  return ["pip install", ...args, ...(indexUrl ? ["--index-url", indexUrl] : [])].join(" ");
}
