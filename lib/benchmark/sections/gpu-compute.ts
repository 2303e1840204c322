import type { BuildFacts, GpuDevice } from "../build-facts";
import { fmt } from "../build-facts";
import { bandwidthShare, fp16Share, fp32Share, hasGddrEcc, isDualIssue, isGeForce, isPowerCapped } from "../gpu-kind";
import type { ChecklistItem, ChecklistSection } from "../types";

const pct = (share: number) => `${Math.round(share * 100)}%`;

function fp32Item(gpu: GpuDevice): ChecklistItem {
  const share = fp32Share(gpu);
  const peak = gpu.fp32Tflops;
  return {
    id: `compute.fp32-matmul.gpu${gpu.index}`,
    title: `GPU ${gpu.index} FP32 matrix multiply`,
    run: "The benchmark script: timed 8192 x 8192 float32 matmul (PyTorch, CuPy or JAX), TF32 disabled.",
    expect:
      peak !== undefined
        ? `At least ${pct(share)} of ${fmt(peak)} TFLOPS peak: ${fmt(peak * share, 1)} TFLOPS.`
        : "FP32 peak unknown: record the figure for comparison.",
    judge:
      `Peaks are quoted at boost clock and cuBLAS sustains 70-90% of them; ${pct(share)} still flags throttling, a low power state or the wrong device` +
      (isPowerCapped(gpu.specs)
        ? `, lowered because a ${gpu.specs.boardPowerW} W slot-powered card cannot hold its boost clock under a sustained matmul.`
        : isDualIssue(gpu.specs)
          ? ", lowered because this architecture's quoted FP32 counts a second datapath that GEMM cannot keep busy."
          : "."),
    ...(peak !== undefined && { expected: { metric: "gpu.fp32Tflops", value: peak, unit: "TFLOPS", minShare: share } }),
    probe: { kind: "fp32-matmul", gpu: gpu.index },
  };
}

function fp16Item(gpu: GpuDevice, peak: number): ChecklistItem {
  const share = fp16Share(gpu);
  return {
    id: `compute.fp16-matmul.gpu${gpu.index}`,
    title: `GPU ${gpu.index} FP16 tensor-core matrix multiply`,
    run: "The benchmark script: timed 8192 x 8192 float16 matmul (tensor cores, FP32 accumulation as frameworks train).",
    expect: `At least ${pct(share)} of ${fmt(peak)} TFLOPS dense FP16 tensor peak: ${fmt(peak * share, 1)} TFLOPS.`,
    judge: isPowerCapped(gpu.specs)
      ? `The quoted peak assumes boost clock, which a ${gpu.specs.boardPowerW} W card cannot hold under dense tensor load; ${pct(share)} is a floor that still catches a card stuck in a low power state.`
      : isGeForce(gpu.name)
        ? `The quoted peak uses FP16 accumulation; GeForce cards run FP32 accumulation at half that rate, so ${pct(share)} is about 60% of what this card can reach.`
        : `The quoted peak uses FP16 accumulation, which workstation and data-centre cards also run at full rate with FP32 accumulation; cuBLAS reaches 60-80%.`,
    expected: { metric: "gpu.fp16TensorTflops", value: peak, unit: "TFLOPS", minShare: share },
    probe: { kind: "fp16-matmul", gpu: gpu.index },
  };
}

function bandwidthItem(gpu: GpuDevice): ChecklistItem {
  const spec = gpu.bandwidthGBps;
  const share = bandwidthShare(gpu);
  return {
    id: `compute.memory-bandwidth.gpu${gpu.index}`,
    title: `GPU ${gpu.index} memory bandwidth`,
    run: "The benchmark script: timed device-to-device copy of a 1 GiB buffer, counting bytes read plus written (or `nvbandwidth`).",
    expect:
      spec !== undefined
        ? `At least ${pct(share)} of ${fmt(spec)} GB/s: ${fmt(spec * share, 0)} GB/s.`
        : "Bandwidth spec unknown: record the figure.",
    judge: hasGddrEcc(gpu.specs)
      ? "This data-centre board ships with ECC on, which on GDDR memory costs copy bandwidth (check with `nvidia-smi -q -d ECC`); 50% is a conservative floor. Below it, suspect held-down memory clocks (power limit, heat)."
      : "A large copy reaches 80-90% of the data-sheet bandwidth; below 70% suggests memory clocks held down (power limit, heat) or an error-correcting retry storm.",
    ...(spec !== undefined && { expected: { metric: "gpu.bandwidthGBps", value: spec, unit: "GB/s", minShare: share } }),
    probe: { kind: "gpu-bandwidth", gpu: gpu.index },
  };
}

export function gpuComputeSection(facts: BuildFacts): ChecklistSection {
  const items = facts.gpus.flatMap((gpu) => [
    fp32Item(gpu),
    ...(gpu.fp16TensorTflops !== undefined ? [fp16Item(gpu, gpu.fp16TensorTflops)] : []),
    bandwidthItem(gpu),
  ]);
  return { id: "gpu-compute", title: "GPU compute", items };
}
