/** Peak figures of one cloud GPU as the provider rents it, with where each number comes from. */
export interface CloudGpu {
  id: string;
  name: string;
  fp32Tflops: number;
  /**
   * Dense BF16/FP16 tensor throughput with FP32 accumulation (how frameworks train); null before
   * Volta, which has no tensor cores (k then uses FP32 on both sides).
   */
  tensorTflops: number | null;
  bandwidthGBps: number;
  source: string;
}

const FACTS = "facts section 3 (Wikipedia list of Nvidia GPUs, NVIDIA data sheets)";
const GEFORCE_HALF = "GeForce runs FP32-accumulate tensor math at half its quoted FP16-accumulate rate (NVIDIA architecture whitepapers; lib/benchmark/thresholds.ts)";

// Hardware reference facts, section 3, unless noted (docs/build-or-rent.md lists them). A cloud "GPU" is what one rented GPU-hour buys:
// a p2.xlarge exposes one GK210, so the K80 board's figures are halved.
export const CLOUD_GPUS = [
  { id: "k80-gk210", name: "Tesla K80, one GK210 (half a board)", fp32Tflops: 4.37, tensorTflops: null, bandwidthGBps: 240, source: `${FACTS}, K80 board halved; Kepler has no tensor cores` },
  { id: "v100", name: "Tesla V100", fp32Tflops: 14.0, tensorTflops: 112, bandwidthGBps: 900, source: `${FACTS}, V100 PCIe row` },
  { id: "t4", name: "T4", fp32Tflops: 8.1, tensorTflops: 64.8, bandwidthGBps: 320, source: FACTS },
  { id: "a10g", name: "A10G", fp32Tflops: 31.2, tensorTflops: 125, bandwidthGBps: 600, source: "NVIDIA A10 data sheet (125 TFLOPS dense BF16, 250 with sparsity; AWS's A10G variant assumed equal)" },
  { id: "l4", name: "L4", fp32Tflops: 30.3, tensorTflops: 121, bandwidthGBps: 300, source: "NVIDIA L4 data sheet (242 TFLOPS FP16 with sparsity, so 121 dense)" },
  { id: "a100-40gb", name: "A100 40GB", fp32Tflops: 19.5, tensorTflops: 312, bandwidthGBps: 1555, source: FACTS },
  { id: "a100-80gb", name: "A100 80GB", fp32Tflops: 19.5, tensorTflops: 312, bandwidthGBps: 2039, source: `${FACTS}, A100 SXM 80GB row` },
  { id: "h100-sxm", name: "H100 SXM", fp32Tflops: 66.9, tensorTflops: 989, bandwidthGBps: 3352, source: FACTS },
  { id: "h100-pcie", name: "H100 PCIe", fp32Tflops: 51.2, tensorTflops: 756, bandwidthGBps: 2039, source: FACTS },
  { id: "rtx-4090", name: "GeForce RTX 4090", fp32Tflops: 82.6, tensorTflops: 165.2, bandwidthGBps: 1008, source: `${FACTS}; tensor: 330.3 dense FP16 halved, as ${GEFORCE_HALF}` },
  { id: "rtx-5090", name: "GeForce RTX 5090", fp32Tflops: 104.8, tensorTflops: 209.5, bandwidthGBps: 1792, source: `${FACTS}; tensor: 419 dense FP16 halved, as ${GEFORCE_HALF}` },
] as const satisfies readonly CloudGpu[];

export type CloudGpuId = (typeof CLOUD_GPUS)[number]["id"];

export function cloudGpu(id: CloudGpuId): CloudGpu {
  // The ids are a closed union, so the lookup always succeeds.
  return CLOUD_GPUS.find((gpu) => gpu.id === id)!;
}

export function isCloudGpuId(value: string): value is CloudGpuId {
  return CLOUD_GPUS.some((gpu) => gpu.id === value);
}
