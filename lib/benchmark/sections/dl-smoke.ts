import type { BuildFacts, GpuDevice } from "../build-facts";
import { fmt } from "../build-facts";
import { expectedSecondsPerEpoch, k80ReferenceSecondsPerEpoch, modelSecondsPerEpoch } from "../mnist-reference";
import { MNIST_EPOCHS, MNIST_MAX_SLOWDOWN_SHARE, MNIST_REFERENCE as R } from "../thresholds";
import type { ChecklistItem, ChecklistSection, ReferenceFigure } from "../types";

const MODEL_SOURCE =
  "estimate: the Keras docstring's 2 s/epoch on a K520 scaled by the geometric mean of FP32 and bandwidth ratios (docs/benchmark.md)";

const FLOOR_SOURCE = "this script's quick mode on an H100 SXM with PyTorch 2.11: 0.66-0.76 s/epoch, rounded";

function references(gpu: GpuDevice, expected: number | undefined): ReferenceFigure[] {
  const refs: ReferenceFigure[] = [
    { label: "K520 (Keras example docstring)", value: R.k520SecondsPerEpoch, unit: "s/epoch", source: "keras examples/mnist_mlp.py docstring", estimate: false },
    { label: "K80, one GK210", value: Number(k80ReferenceSecondsPerEpoch().toFixed(2)), unit: "s/epoch", source: MODEL_SOURCE, estimate: true },
    { label: "PyTorch eager host floor", value: R.frameworkFloorSeconds, unit: "s/epoch", source: FLOOR_SOURCE, estimate: false },
  ];
  if (expected !== undefined) refs.push({ label: gpu.name, value: Number(expected.toFixed(2)), unit: "s/epoch", source: MODEL_SOURCE, estimate: true });
  return refs;
}

function mnistItem(gpu: GpuDevice): ChecklistItem {
  const { fp32Tflops: fp32, bandwidthGBps: bw } = gpu;
  const k80 = k80ReferenceSecondsPerEpoch();
  let expectText = `Specs unknown: record the time; the K80 GK210 reference is about ${fmt(k80)} s/epoch (estimate).`;
  let expected: number | undefined;
  if (fp32 !== undefined && bw !== undefined) {
    const model = modelSecondsPerEpoch(fp32, bw);
    expected = expectedSecondsPerEpoch(fp32, bw);
    const bound = model < R.frameworkFloorSeconds
      ? `host-side framework overhead bounds this GPU; the GPU-bound model alone gives ${fmt(model)} s`
      : "GPU-bound model";
    expectText =
      `About ${fmt(expected)} s/epoch (estimate: ${bound}). By the GPU-bound model this GPU is ${fmt(k80 / model, 1)}x ` +
      `the K80 GK210 reference of ${fmt(k80)} s/epoch (estimate); the 2017 build measured a GTX 1080 Ti at ` +
      `${R.measured1080TiSpeedup[0].toFixed(1)}-${R.measured1080TiSpeedup[1].toFixed(1)}x a GK210.`;
  }
  return {
    id: `dl.mnist-mlp.gpu${gpu.index}`,
    title: `GPU ${gpu.index} MNIST MLP training`,
    run:
      `The benchmark script (PyTorch): 784-512-512-10 MLP, ReLU, dropout 0.2, RMSprop, batch 128 on 60,000 synthetic ` +
      `MNIST-shaped samples plus a 10,000-sample evaluation per epoch; ${MNIST_EPOCHS.quick} epochs quick, ${MNIST_EPOCHS.full} full; ` +
      "mean time of the epochs after the first.",
    expect: expectText,
    judge:
      `Pass at no more than ${fmt(1 / MNIST_MAX_SLOWDOWN_SHARE)}x the estimate: the GPU figures are derived, and on any GPU since ` +
      "Pascal this tiny model waits on Python and the CPU, so a slow host CPU moves it more than the GPU does. " +
      "Much slower: a throttled GPU, a busy CPU, or a debug build of the framework.",
    ...(expected !== undefined && {
      expected: { metric: "mnist.secondsPerEpoch", value: Number(expected.toFixed(3)), unit: "s/epoch", minShare: MNIST_MAX_SLOWDOWN_SHARE, better: "lower" as const },
    }),
    references: references(gpu, expected),
    probe: { kind: "mnist-mlp", gpu: gpu.index },
  };
}

export function dlSmokeSection(facts: BuildFacts): ChecklistSection {
  return { id: "dl-smoke", title: "Deep-learning smoke test", items: facts.gpus.map(mnistItem) };
}
