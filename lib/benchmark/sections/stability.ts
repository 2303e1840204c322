import type { BuildFacts } from "../build-facts";
import { computeTarget } from "../gpu-kind";
import { BURN_IN, GPU_MAX_TEMP_C, HW_THERMAL_SLOWDOWN_MAX } from "../thresholds";
import type { ChecklistItem, ChecklistSection } from "../types";

const minutes = (s: number) => (s >= 60 ? `${Math.round(s / 60)} min` : `${s} s`);

/**
 * gpu-burn compiles its kernel to PTX for compute_$(COMPUTE) and the driver JIT-compiles that PTX
 * for the GPU it runs on (wilicc/gpu-burn Makefile), so PTX for the lowest compute capability in
 * the box runs on every card. Unknown everywhere: the Makefile's default, said plainly.
 */
export function gpuBurnMake(facts: BuildFacts): string {
  const targets = [...new Set(facts.gpus.map((g) => computeTarget(g.specs)).filter((t): t is string => t !== undefined))];
  if (targets.length === 0) return "`make` (compute capability unknown: pass COMPUTE=<capability without the dot>, e.g. COMPUTE=89 for Ada)";
  const lowest = targets.reduce((a, b) => (Number(a) <= Number(b) ? a : b));
  const mixed = targets.length > 1 ? ` (the lowest compute capability here: its PTX is JIT-compiled for the newer cards)` : "";
  return `\`make COMPUTE=${lowest}\`${mixed}`;
}

function gpuItems(facts: BuildFacts): ChecklistItem[] {
  const make = gpuBurnMake(facts);
  const full = minutes(BURN_IN.full.gpuSeconds);
  return [
    {
      id: "stability.gpu-burn",
      title: "GPU burn-in",
      run: `Build gpu-burn (${make}), then \`./gpu_burn ${BURN_IN.full.gpuSeconds}\` (the script: ${minutes(BURN_IN.quick.gpuSeconds)} quick, ${full} full).`,
      expect: `Every GPU ends "GPU n: OK" after ${full}: 0 faulty GPUs.`,
      judge: "Any FAULTY line or a crash means unstable VRAM or core clocks: remove overclocks, then test the card alone.",
      expected: { metric: "gpuBurn.faultyGpus", value: 0, unit: "GPUs", better: "lower" },
      probe: { kind: "gpu-burn" },
    },
    {
      id: "stability.gpu-temp",
      title: "GPU temperature under burn-in",
      run: "During the burn: `nvidia-smi --query-gpu=index,temperature.gpu --format=csv -l 5`.",
      expect: `At most ${GPU_MAX_TEMP_C} C on every GPU.`,
      judge:
        "GeForce cards hold about 84 C under GPU Boost and lower clocks beyond it; higher means airflow is short " +
        "(stacked open-air cards lose up to about 30%): add case fans, space the cards or use blowers.",
      expected: { metric: "gpu.maxTempC", value: GPU_MAX_TEMP_C, unit: "C", better: "lower" },
      probe: { kind: "gpu-temp" },
    },
    {
      id: "stability.gpu-throttle",
      title: "No hardware thermal slowdown under burn-in",
      run: "During the burn: `nvidia-smi --query-gpu=index,clocks_throttle_reasons.hw_thermal_slowdown,clocks_throttle_reasons.sw_thermal_slowdown --format=csv -l 5`.",
      expect: `${HW_THERMAL_SLOWDOWN_MAX} samples with hardware thermal slowdown active; software thermal slowdown is reported, not failed.`,
      judge:
        "Hardware thermal slowdown cuts clocks by half or more (NVML): the card is overheating, so improve cooling before long training runs. " +
        "Software thermal slowdown alone is GPU Boost holding its temperature target, where blower Founders Edition cards sit by design (about 84 C); judge it with the temperature check.",
      expected: { metric: "gpu.hwThermalSlowdownSamples", value: HW_THERMAL_SLOWDOWN_MAX, unit: "samples", better: "lower" },
      probe: { kind: "gpu-throttle" },
    },
  ];
}

export function stabilitySection(facts: BuildFacts): ChecklistSection {
  const items: ChecklistItem[] = [
    {
      id: "stability.memtest",
      title: "Memory test",
      run: `\`sudo memtester ${BURN_IN.full.memtesterMb}M 1\` (the script: ${BURN_IN.quick.memtesterMb} MB quick); overnight, boot memtest86+ for every address.`,
      expect: "0 failures.",
      judge: "Any failure: test modules one at a time; at XMP/EXPO speed, retry one speed grade lower before blaming a module.",
      expected: { metric: "memtest.failures", value: 0, unit: "errors", better: "lower" },
      probe: { kind: "memtest" },
    },
    {
      id: "stability.cpu-stress",
      title: "CPU stress",
      run: `\`stress-ng --cpu 0 --timeout ${BURN_IN.full.cpuSeconds}s --metrics-brief\` (the script: ${minutes(BURN_IN.quick.cpuSeconds)} quick, ${minutes(BURN_IN.full.cpuSeconds)} full); watch \`sensors\`.`,
      expect: "Completes with no errors; CPU package below its throttle point (about 100 C on Intel, 95 C on AMD).",
      judge: "An error, reboot or a package at its limit means cooler mounting, paste or an overclock: fix before GPU burn-in.",
      expected: { metric: "cpuStress.failures", value: 0, unit: "errors", better: "lower" },
      probe: { kind: "cpu-stress" },
    },
    ...(facts.gpus.length > 0 ? gpuItems(facts) : []),
  ];
  return { id: "stability", title: "Stability", items };
}
