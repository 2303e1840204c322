/** Peak figures of one cloud GPU as the provider rents it, with where each number comes from. */
export interface CloudGpu {
  id: string;
  name: string;
  fp32Tflops: number;
  bandwidthGBps: number;
  source: string;
}

const FACTS = "facts section 3 (Wikipedia list of Nvidia GPUs, NVIDIA data sheets)";

// Hardware reference facts, section 3, unless noted (docs/build-or-rent.md lists them). A cloud "GPU" is what one rented GPU-hour buys:
// a p2.xlarge exposes one GK210, so the K80 board's figures are halved.
export const CLOUD_GPUS = [
  { id: "k80-gk210", name: "Tesla K80, one GK210 (half a board)", fp32Tflops: 4.37, bandwidthGBps: 240, source: `${FACTS}, K80 board halved` },
  { id: "v100", name: "Tesla V100", fp32Tflops: 14.0, bandwidthGBps: 900, source: `${FACTS}, V100 PCIe row` },
  { id: "t4", name: "T4", fp32Tflops: 8.1, bandwidthGBps: 320, source: FACTS },
  { id: "a10g", name: "A10G", fp32Tflops: 31.2, bandwidthGBps: 600, source: "NVIDIA A10 data sheet (AWS's A10G variant assumed equal)" },
  { id: "l4", name: "L4", fp32Tflops: 30.3, bandwidthGBps: 300, source: "NVIDIA L4 data sheet" },
  { id: "a100-40gb", name: "A100 40GB", fp32Tflops: 19.5, bandwidthGBps: 1555, source: FACTS },
  { id: "a100-80gb", name: "A100 80GB", fp32Tflops: 19.5, bandwidthGBps: 2039, source: `${FACTS}, A100 SXM 80GB row` },
  { id: "h100-sxm", name: "H100 SXM", fp32Tflops: 66.9, bandwidthGBps: 3352, source: FACTS },
  { id: "h100-pcie", name: "H100 PCIe", fp32Tflops: 51.2, bandwidthGBps: 2039, source: FACTS },
  { id: "rtx-4090", name: "GeForce RTX 4090", fp32Tflops: 82.6, bandwidthGBps: 1008, source: FACTS },
  { id: "rtx-5090", name: "GeForce RTX 5090", fp32Tflops: 104.8, bandwidthGBps: 1792, source: FACTS },
] as const satisfies readonly CloudGpu[];

export type CloudGpuId = (typeof CLOUD_GPUS)[number]["id"];

export function cloudGpu(id: CloudGpuId): CloudGpu {
  // The ids are a closed union, so the lookup always succeeds.
  return CLOUD_GPUS.find((gpu) => gpu.id === id)!;
}

export function isCloudGpuId(value: string): value is CloudGpuId {
  return CLOUD_GPUS.some((gpu) => gpu.id === value);
}
