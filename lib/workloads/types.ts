/** Facts about one open model, as its config.json states them (see prisma/seed/models.json). */

/** How one group of layers keeps its attention state; counts add up to the model's layers. */
export type AttentionGroup =
  | { type: "full"; layers: number }
  /** Local attention over the last `window` tokens (Gemma 3, gpt-oss). */
  | { type: "sliding"; layers: number; window: number }
  /** Multi-head latent attention (DeepSeek): caches one compressed latent plus the RoPE key. */
  | { type: "mla"; layers: number; kvLoraRank: number; ropeHeadDim: number }
  /** Linear attention / recurrent layers (Gated DeltaNet): a fixed-size state per sequence. */
  | { type: "linear"; layers: number; stateElements: number };

export type AttentionType = AttentionGroup["type"];

export interface MoeSpec {
  /** Routed experts per MoE layer. */
  experts: number;
  expertsPerToken: number;
  sharedExperts: number;
  expertIntermediateSize: number;
  moeLayers: number;
}

export interface ModelArchitecture {
  layers: number;
  hiddenSize: number;
  /** Dense feed-forward width (first dense layers of MoE models). */
  intermediateSize: number;
  vocabSize: number;
  tiedEmbeddings: boolean;
  queryHeads: number;
  kvHeads: number;
  headDim: number;
  attention: AttentionGroup[];
  moe: MoeSpec | null;
}

export interface ModelSpec {
  id: string;
  name: string;
  family: string;
  publisher: string;
  license: string;
  /** The publisher's config.json. */
  sourceUrl: string;
  releaseYear: number;
  /** Shown in the "what runs" table by default. */
  popular: boolean;
  defaultFormat: WeightFormatName;
  paramsTotal: number;
  paramsActive: number;
  contextMax: number;
  architecture: ModelArchitecture;
  /** Formats published for this model, when not every common one applies (gpt-oss ships MXFP4). */
  formats?: WeightFormatName[];
  notes?: string;
}

export const WEIGHT_FORMAT_NAMES = [
  "BF16", "FP16", "FP8", "INT8", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q4_K_S", "Q3_K_M", "Q2_K", "MXFP4", "AWQ", "GPTQ", "NF4",
] as const;
export type WeightFormatName = (typeof WEIGHT_FORMAT_NAMES)[number];

export const KV_CACHE_FORMATS = ["f16", "q8_0", "q4_0"] as const;
export type KvCacheFormat = (typeof KV_CACHE_FORMATS)[number];

export const TASKS = ["inference", "lora", "qlora", "full"] as const;
export type Task = (typeof TASKS)[number];

export const PLACEMENTS = ["gpu", "multi-gpu", "offload", "none"] as const;
export type Placement = (typeof PLACEMENTS)[number];
