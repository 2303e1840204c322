import type { WorkloadResult } from "./evaluate";
import type { Placement } from "./types";

// Plain data for the UI; kept free of zod and node imports so client components can use it.

export const PLACEMENT_LABELS: Record<Placement, string> = {
  gpu: "On one GPU",
  "multi-gpu": "Across GPUs",
  offload: "Partly in RAM",
  none: "Does not fit",
};

export interface MemorySegment {
  key: string;
  label: string;
  bytes: number;
}

export interface MemoryBarView {
  segments: MemorySegment[];
  totalBytes: number;
  /** GPU memory the bar is drawn against. */
  capacityBytes: number;
  /** What does not fit in that memory (in system RAM when offloaded). */
  overflowBytes: number;
}

/** Memory by part for one result: inference splits weights/KV/overhead, fine-tuning its training parts. */
export function memoryBar(result: WorkloadResult): MemoryBarView {
  const ft = result.fineTune;
  const segments: MemorySegment[] = ft
    ? [
        { key: "weights", label: "Weights", bytes: ft.weightsBytes },
        { key: "trainable", label: ft.method === "full" ? "Gradients" : "Adapters and gradients", bytes: ft.adapterBytes + ft.gradientsBytes },
        { key: "optimizer", label: "Optimizer state", bytes: ft.optimizerBytes },
        { key: "activations", label: "Activations (checkpointed)", bytes: ft.activationsCheckpointedBytes },
        { key: "overhead", label: "Runtime overhead", bytes: ft.overheadBytes },
      ]
    : [
        { key: "weights", label: "Weights", bytes: result.memory.weightsBytes },
        { key: "kv", label: "KV cache", bytes: result.memory.kvCacheBytes },
        { key: "overhead", label: "Compute buffer and runtime", bytes: result.memory.overheadBytes },
      ];
  const totalBytes = segments.reduce((sum, s) => sum + s.bytes, 0);
  // Fine-tuning results carry the memory of the one card they train on.
  const capacityBytes = result.memory.gpuBytesAvailable;
  return { segments: segments.filter((s) => s.bytes > 0), totalBytes, capacityBytes, overflowBytes: Math.max(totalBytes - capacityBytes, 0) };
}

export function formatGiB(bytes: number): string {
  const gib = bytes / 2 ** 30;
  return `${gib >= 100 ? Math.round(gib) : gib >= 10 ? gib.toFixed(1) : gib.toFixed(2)} GiB`;
}

export function formatTokens(tokens: number): string {
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}k`;
  return tokens >= 10_000 ? `${Math.round(tokens / 1000)}k` : tokens.toLocaleString("en-US");
}

export function formatSpeed(tokensPerSecond: number | null): string {
  if (tokensPerSecond === null) return "—";
  return tokensPerSecond >= 100 ? `${Math.round(tokensPerSecond).toLocaleString("en-US")}` : tokensPerSecond.toFixed(1);
}
