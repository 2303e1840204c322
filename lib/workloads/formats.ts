import type { KvCacheFormat, WeightFormatName } from "./types";

/**
 * How a format stores a model's weights:
 * - "whole-file": one effective bits-per-weight over every parameter, measured on whole GGUF files
 *   (k-quant recipes mix block types and keep some tensors at higher precision);
 * - "linear": the linear layers at `bitsPerWeight`, embeddings and output head left at 16 bits
 *   (how FP8, INT8, AWQ and GPTQ checkpoints are published);
 * - "experts": routed-expert weights at `bitsPerWeight`, everything else at `otherBitsPerWeight`
 *   (gpt-oss's MXFP4 GGUF files: experts MXFP4, the rest Q8_0).
 */
export type FormatLayout = "whole-file" | "linear" | "experts";

export interface WeightFormat {
  name: WeightFormatName;
  label: string;
  layout: FormatLayout;
  bitsPerWeight: number;
  otherBitsPerWeight?: number;
  /** GGUF formats run on llama.cpp; the others on a PyTorch/vLLM-style engine. */
  container: "gguf" | "safetensors";
  /** Relative quality, highest first; used to pick the best format that fits. */
  qualityRank: number;
  source: string;
}

const QUANTIZE_README = "ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table, whole-file bits/weight)";
const GGML_COMMON = "ggml-org/llama.cpp ggml/src/ggml-common.h block sizes (commit 01243c58)";

export const WEIGHT_FORMATS: Readonly<Record<WeightFormatName, WeightFormat>> = {
  BF16: { name: "BF16", label: "BF16", layout: "whole-file", bitsPerWeight: 16, container: "safetensors", qualityRank: 0, source: "2 bytes per weight" },
  FP16: { name: "FP16", label: "FP16 (GGUF F16)", layout: "whole-file", bitsPerWeight: 16.0005, container: "gguf", qualityRank: 1, source: QUANTIZE_README },
  FP8: { name: "FP8", label: "FP8 (E4M3)", layout: "linear", bitsPerWeight: 8, container: "safetensors", qualityRank: 2, source: "1 byte per linear weight plus per-tensor scales; embeddings stay BF16" },
  INT8: { name: "INT8", label: "INT8 (W8A16)", layout: "linear", bitsPerWeight: 8, container: "safetensors", qualityRank: 3, source: "1 byte per linear weight plus per-channel scales; embeddings stay BF16" },
  Q8_0: { name: "Q8_0", label: "GGUF Q8_0", layout: "whole-file", bitsPerWeight: 8.5008, container: "gguf", qualityRank: 4, source: `${QUANTIZE_README}; block 32 x 34 bytes = 8.5 (${GGML_COMMON})` },
  Q6_K: { name: "Q6_K", label: "GGUF Q6_K", layout: "whole-file", bitsPerWeight: 6.5633, container: "gguf", qualityRank: 5, source: `${QUANTIZE_README}; block 256 x 210 bytes = 6.5625` },
  Q5_K_M: { name: "Q5_K_M", label: "GGUF Q5_K_M", layout: "whole-file", bitsPerWeight: 5.7036, container: "gguf", qualityRank: 6, source: `${QUANTIZE_README}; Q5_K block 5.5 with Q6_K for some tensors` },
  Q4_K_M: { name: "Q4_K_M", label: "GGUF Q4_K_M", layout: "whole-file", bitsPerWeight: 4.8944, container: "gguf", qualityRank: 7, source: `${QUANTIZE_README}; Q4_K block 256 x 144 bytes = 4.5 with Q6_K for some tensors` },
  Q4_K_S: { name: "Q4_K_S", label: "GGUF Q4_K_S", layout: "whole-file", bitsPerWeight: 4.6672, container: "gguf", qualityRank: 8, source: QUANTIZE_README },
  Q3_K_M: { name: "Q3_K_M", label: "GGUF Q3_K_M", layout: "whole-file", bitsPerWeight: 4.0, container: "gguf", qualityRank: 9, source: "derived: 3.74 GiB for Llama-3-8B in llama.cpp quantize.cpp's type list (Q3_K block 3.4375 with larger types for some tensors)" },
  Q2_K: { name: "Q2_K", label: "GGUF Q2_K", layout: "whole-file", bitsPerWeight: 3.1593, container: "gguf", qualityRank: 10, source: `${QUANTIZE_README}; Q2_K block 256 x 84 bytes = 2.625` },
  MXFP4: { name: "MXFP4", label: "MXFP4 (gpt-oss)", layout: "experts", bitsPerWeight: 4.25, otherBitsPerWeight: 8.5, container: "gguf", qualityRank: 7, source: `${GGML_COMMON}: block 32 x 17 bytes = 4.25; non-expert tensors Q8_0 in the ggml-org GGUFs (11.27 GiB for gpt-oss-20b, 59.02 GiB for gpt-oss-120b)` },
  AWQ: { name: "AWQ", label: "AWQ 4-bit", layout: "linear", bitsPerWeight: 4.25, container: "safetensors", qualityRank: 8, source: "4-bit weights with FP16 scale and zero per group of 128: 4 + 32/128 = 4.25 bits" },
  NF4: { name: "NF4", label: "NF4 (bitsandbytes)", layout: "linear", bitsPerWeight: 4 + 8 / 64 + 32 / (64 * 256), container: "safetensors", qualityRank: 9, source: "QLoRA paper: NF4 with double quantisation, 4 + 8/64 + 32/(64 x 256) = 4.127 bits" },
  GPTQ: { name: "GPTQ", label: "GPTQ 4-bit", layout: "linear", bitsPerWeight: 4.25, container: "safetensors", qualityRank: 8, source: "4-bit weights with FP16 scale and zero per group of 128: 4 + 32/128 = 4.25 bits" },
};

export function weightFormat(name: WeightFormatName): WeightFormat {
  return WEIGHT_FORMATS[name];
}

/**
 * Bytes per cached element of llama.cpp's KV cache types (`-ctk/-ctv`): f16 is 2 bytes; q8_0 and
 * q4_0 blocks hold 32 values in 34 and 18 bytes (ggml-common.h).
 */
export const KV_BYTES_PER_ELEMENT: Readonly<Record<KvCacheFormat, number>> = {
  f16: 2,
  q8_0: 34 / 32,
  q4_0: 18 / 32,
};
