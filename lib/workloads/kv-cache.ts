import { KV_BYTES_PER_ELEMENT } from "./formats";
import type { AttentionType, KvCacheFormat, ModelSpec } from "./types";

/** llama.cpp's default micro-batch (`-ub`), which sizes the sliding-window cache and compute buffers. */
export const DEFAULT_UBATCH = 512;
/** Recurrent (linear-attention) state is kept in f32 (llama.cpp `llama_memory_recurrent`, R/S (f32)). */
const STATE_BYTES_PER_ELEMENT = 4;

export interface KvLine {
  type: AttentionType;
  layers: number;
  /** Tokens (cells) kept per layer; for linear layers the state is fixed and this is 0. */
  cellsPerLayer: number;
  bytes: number;
}

export interface KvCache {
  bytes: number;
  lines: KvLine[];
}

const pad = (n: number, to: number) => Math.ceil(n / to) * to;

/**
 * Cells llama.cpp keeps for a sliding-window layer: min(n_ctx, pad(n_swa + n_ubatch, 256)) unless
 * --swa-full (src/llama-kv-cache-iswa.cpp; one sequence). The extra n_ubatch cells let a batch
 * attend to the window before it.
 */
export function slidingCells(contextTokens: number, window: number, ubatch = DEFAULT_UBATCH): number {
  return Math.min(contextTokens, pad(window + ubatch, 256));
}

/**
 * KV cache of one sequence at `contextTokens`, layer group by layer group:
 * full attention 2 x kvHeads x headDim per token per layer (K and V); sliding window the same but
 * only for the cells above, and always f16 (llama.cpp keeps the SWA part unquantized since
 * PR #21277); MLA one latent of kvLoraRank + ropeHeadDim per token per layer, no factor 2 and no
 * heads; linear attention a fixed f32 state that does not grow with the context.
 */
export function kvCache(model: ModelSpec, contextTokens: number, format: KvCacheFormat, ubatch = DEFAULT_UBATCH): KvCache {
  const { kvHeads, headDim, attention } = model.architecture;
  const element = KV_BYTES_PER_ELEMENT[format];
  const context = Math.max(0, Math.floor(contextTokens));
  const lines: KvLine[] = attention.map((group) => {
    switch (group.type) {
      case "full":
        return { type: "full", layers: group.layers, cellsPerLayer: context, bytes: group.layers * context * 2 * kvHeads * headDim * element };
      case "sliding": {
        const cells = slidingCells(context, group.window, ubatch);
        return { type: "sliding", layers: group.layers, cellsPerLayer: cells, bytes: group.layers * cells * 2 * kvHeads * headDim * KV_BYTES_PER_ELEMENT.f16 };
      }
      case "mla":
        return { type: "mla", layers: group.layers, cellsPerLayer: context, bytes: group.layers * context * (group.kvLoraRank + group.ropeHeadDim) * element };
      case "linear":
        return { type: "linear", layers: group.layers, cellsPerLayer: 0, bytes: group.layers * group.stateElements * STATE_BYTES_PER_ELEMENT };
    }
  });
  return { bytes: lines.reduce((sum, line) => sum + line.bytes, 0), lines };
}

/** Bytes the cache grows by per extra token once every sliding window is full. */
export function kvBytesPerToken(model: ModelSpec, format: KvCacheFormat): number {
  const { kvHeads, headDim } = model.architecture;
  const element = KV_BYTES_PER_ELEMENT[format];
  return model.architecture.attention.reduce((sum, group) => {
    if (group.type === "full") return sum + group.layers * 2 * kvHeads * headDim * element;
    if (group.type === "mla") return sum + group.layers * (group.kvLoraRank + group.ropeHeadDim) * element;
    return sum;
  }, 0);
}

/**
 * The same total as kvCache(...).bytes as a function of the context, with the per-layer-type rates
 * worked out once: the longest-context search calls it ~30 times per model and format.
 */
export function kvBytesFunction(model: ModelSpec, format: KvCacheFormat, ubatch = DEFAULT_UBATCH): (contextTokens: number) => number {
  const { kvHeads, headDim } = model.architecture;
  const element = KV_BYTES_PER_ELEMENT[format];
  let perToken = 0;
  let fixed = 0;
  const sliding: { rate: number; cap: number }[] = [];
  for (const group of model.architecture.attention) {
    if (group.type === "full") perToken += group.layers * 2 * kvHeads * headDim * element;
    else if (group.type === "mla") perToken += group.layers * (group.kvLoraRank + group.ropeHeadDim) * element;
    else if (group.type === "linear") fixed += group.layers * group.stateElements * STATE_BYTES_PER_ELEMENT;
    else sliding.push({ rate: group.layers * 2 * kvHeads * headDim * KV_BYTES_PER_ELEMENT.f16, cap: pad(group.window + ubatch, 256) });
  }
  return (contextTokens) => {
    const context = Math.max(0, Math.floor(contextTokens));
    let bytes = fixed + perToken * context;
    for (const s of sliding) bytes += s.rate * Math.min(context, s.cap);
    return bytes;
  };
}
