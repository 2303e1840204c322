import { ENGINES, SHARED } from "./engines";
import { evaluateInference } from "./evaluate";
import type { BuildHardware } from "./hardware";
import type { ModelSpec } from "./types";

/**
 * The model the benchmark script's llama-bench step downloads with --install-llama-bench: the same
 * file geerlingguy/ai-benchmarks uses, so results compare with the calibration data.
 */
export const LLM_BENCH_MODEL = {
  modelId: "llama-3.2-3b",
  format: "Q4_K_M",
  fileName: "Llama-3.2-3B-Instruct-Q4_K_M.gguf",
  url: "https://huggingface.co/bartowski/Llama-3.2-3B-Instruct-GGUF/resolve/main/Llama-3.2-3B-Instruct-Q4_K_M.gguf",
} as const;

/** Measurement ids the script writes (llama-bench -p 512 -n 128), in tokens per second. */
export const LLM_BENCH_IDS = { prefill: "llm.pp512", decode: "llm.tg128" } as const;

export interface LlmBenchRow {
  id: string;
  label: string;
  measured: number | null;
  predicted: number | null;
  /** measured / predicted. */
  ratio: number | null;
  note: string | null;
}

interface MeasurementLike {
  id: string;
  status: string;
  value: number | null;
  note?: string;
}

/**
 * Compares an uploaded llama-bench result with the estimate for this build. Predictions are made
 * only when the run used the reference model (its file name is in the note); Vulkan runs use the
 * Vulkan efficiencies. Null when the result has no llama-bench rows at all.
 */
export function llmBenchComparison(measurements: readonly MeasurementLike[], hw: BuildHardware, reference: ModelSpec | null): LlmBenchRow[] | null {
  const rows = [LLM_BENCH_IDS.prefill, LLM_BENCH_IDS.decode].map((id) => measurements.find((m) => m.id === id));
  if (rows.every((m) => m === undefined)) return null;
  const note = rows.find((m) => m?.note)?.note ?? "";
  const referenceRun = reference !== null && note.includes(LLM_BENCH_MODEL.fileName);
  const vulkan = /vulkan/i.test(note);
  const engines = vulkan ? { "llama.cpp-cuda": ENGINES["llama.cpp-vulkan"], "llama.cpp-rocm": ENGINES["llama.cpp-vulkan"], "llama.cpp-vulkan": ENGINES["llama.cpp-vulkan"] } : ENGINES;
  const calibration = { engines, shared: SHARED };
  const predict = (kind: "prefill" | "decode") => {
    if (!referenceRun || hw.gpus.length === 0) return null;
    // tg128 averages over contexts 0-128; pp512 processes a 512-token prompt.
    const r = evaluateInference(hw, reference, LLM_BENCH_MODEL.format, kind === "decode" ? 64 : 512, "f16", calibration);
    return kind === "decode" ? r.decodeTokensPerSecond : r.prefillTokensPerSecond;
  };
  return (["prefill", "decode"] as const).map((kind, i) => {
    const m = rows[i];
    const measured = m && m.status === "measured" ? m.value : null;
    const predicted = predict(kind);
    return {
      id: LLM_BENCH_IDS[kind],
      label: kind === "prefill" ? "llama-bench prompt processing (pp512)" : "llama-bench generation (tg128)",
      measured,
      predicted,
      ratio: measured !== null && predicted ? Math.round((measured / predicted) * 100) / 100 : null,
      note: m?.note ?? (m ? null : "Not in the result."),
    };
  });
}
