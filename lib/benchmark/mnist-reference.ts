import { MNIST_REFERENCE as R } from "./thresholds";

/**
 * Speed of a GPU relative to one K520 die on the Keras MNIST MLP: the geometric mean of the FP32
 * and memory bandwidth ratios. A small MLP at batch 128 is partly compute- and partly
 * memory-bound, so neither ratio alone predicts it; the mean gives one GK210 2.3x less than a
 * 1080 Ti, inside the 2.0-2.5x the 2017 build measured.
 */
export function speedVsK520(fp32Tflops: number, bandwidthGBps: number): number {
  return Math.sqrt((fp32Tflops / R.k520Fp32Tflops) * (bandwidthGBps / R.k520BandwidthGBps));
}

export function modelSecondsPerEpoch(fp32Tflops: number, bandwidthGBps: number): number {
  return R.k520SecondsPerEpoch / speedVsK520(fp32Tflops, bandwidthGBps);
}

/** The model's estimate, floored where framework overhead rather than the GPU sets the pace. */
export function expectedSecondsPerEpoch(fp32Tflops: number, bandwidthGBps: number): number {
  return Math.max(modelSecondsPerEpoch(fp32Tflops, bandwidthGBps), R.frameworkFloorSeconds);
}

export function k80ReferenceSecondsPerEpoch(): number {
  return modelSecondsPerEpoch(R.gk210Fp32Tflops, R.gk210BandwidthGBps);
}
