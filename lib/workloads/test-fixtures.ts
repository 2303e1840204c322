import { loadBuiltinModels } from "../catalog/builtin-models";
import type { BuildHardware, GpuDevice } from "./hardware";
import type { ModelSpec } from "./types";

const GIB = 2 ** 30;
let cache: Map<string, ModelSpec> | null = null;

/** A model from the built-in catalog (prisma/seed/models.json). */
export function catalogModel(id: string): ModelSpec {
  cache ??= new Map(loadBuiltinModels().map((m) => [m.id, m]));
  const model = cache.get(id);
  if (!model) throw new Error(`No model ${id}`);
  return model;
}

export function gpu(overrides: Partial<GpuDevice> & { memoryGiB?: number } = {}): GpuDevice {
  const { memoryGiB = 24, ...rest } = overrides;
  return {
    partId: "gpu-test", name: "Test GPU", vendor: "nvidia", architecture: "Ada",
    memoryBytes: memoryGiB * GIB, bandwidthBytesPerS: 1008e9, matrixFlops: 330e12, vectorFlops: 82.6e12, pcieGen: 4, peerToPeer: false,
    ...rest,
  };
}

export function hardware(gpus: GpuDevice[], ramGiB = 64, ramBandwidthGBps: number | null = 96): BuildHardware {
  return { gpus, systemRamBytes: ramGiB * GIB, systemRamBandwidthBytesPerS: ramBandwidthGBps === null ? null : ramBandwidthGBps * 1e9, pcieBytesPerS: 16 * 1.969e9, notes: [] };
}
