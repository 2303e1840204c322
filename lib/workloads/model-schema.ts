import { z } from "zod";
import { WEIGHT_FORMAT_NAMES, type ModelSpec } from "./types";

// Bounds are "physically absurd", not "unusual": they reject typos in the seed file, not real models.
const count = (max: number) => z.number().int().min(1).max(max);
const params = z.number().int().min(1e6).max(1e13);

const attentionGroup = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("full"), layers: count(1000) }),
  z.strictObject({ type: z.literal("sliding"), layers: count(1000), window: count(1 << 20) }),
  z.strictObject({ type: z.literal("mla"), layers: count(1000), kvLoraRank: count(65536), ropeHeadDim: count(4096) }),
  z.strictObject({ type: z.literal("linear"), layers: count(1000), stateElements: count(1e9) }),
]);

const architecture = z.strictObject({
  layers: count(1000),
  hiddenSize: count(1 << 17),
  intermediateSize: count(1 << 20),
  vocabSize: count(1 << 22),
  tiedEmbeddings: z.boolean(),
  queryHeads: count(4096),
  kvHeads: count(4096),
  headDim: count(4096),
  attention: z.array(attentionGroup).min(1).max(8),
  moe: z
    .strictObject({
      experts: count(4096),
      expertsPerToken: count(256),
      sharedExperts: z.number().int().min(0).max(64),
      expertIntermediateSize: count(1 << 20),
      moeLayers: count(1000),
    })
    .nullable(),
});

export const MODEL_ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const modelSpecSchema = z
  .strictObject({
    id: z.string().max(64).regex(MODEL_ID_PATTERN),
    name: z.string().trim().min(1).max(120),
    family: z.string().trim().min(1).max(60),
    publisher: z.string().trim().min(1).max(60),
    license: z.string().trim().min(1).max(120),
    sourceUrl: z.url({ protocol: /^https$/ }),
    /** Where the facts were read (a copy of config.json when the publisher's page is gated). */
    checkedAgainst: z.string().min(1).max(500),
    releaseYear: z.number().int().min(2017).max(2100),
    popular: z.boolean(),
    defaultFormat: z.enum(WEIGHT_FORMAT_NAMES),
    formats: z.array(z.enum(WEIGHT_FORMAT_NAMES)).min(1).max(WEIGHT_FORMAT_NAMES.length).optional(),
    paramsTotal: params,
    paramsActive: params,
    contextMax: count(1 << 24),
    architecture,
    notes: z.string().max(1000).optional(),
  })
  .superRefine((m, ctx) => {
    const layers = m.architecture.attention.reduce((sum, g) => sum + g.layers, 0);
    if (layers !== m.architecture.layers) ctx.addIssue({ code: "custom", path: ["architecture", "attention"], message: `Attention groups cover ${layers} layers, not ${m.architecture.layers}` });
    if (m.paramsActive > m.paramsTotal) ctx.addIssue({ code: "custom", path: ["paramsActive"], message: "More active than total parameters" });
    if (m.architecture.moe && m.architecture.moe.moeLayers > m.architecture.layers) ctx.addIssue({ code: "custom", path: ["architecture", "moe", "moeLayers"], message: "More MoE layers than layers" });
    if (m.formats && !m.formats.includes(m.defaultFormat)) ctx.addIssue({ code: "custom", path: ["defaultFormat"], message: "Default format is not among the model's formats" });
  });

export type ModelCatalogEntry = z.infer<typeof modelSpecSchema>;

/** The facts the maths uses; where they were checked stays in the seed file and the table row. */
export function toModelSpec(entry: ModelCatalogEntry): ModelSpec {
  const spec: ModelSpec & { checkedAgainst?: string } = { ...entry };
  delete spec.checkedAgainst;
  return spec;
}
