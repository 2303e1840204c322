import type { ModelSpec } from "./types";

/** Parameters in the token embedding; untied models carry a second matrix of the same size as the output head. */
export function embeddingParams(model: ModelSpec): { input: number; output: number } {
  const { vocabSize, hiddenSize, tiedEmbeddings } = model.architecture;
  const matrix = vocabSize * hiddenSize;
  return { input: matrix, output: tiedEmbeddings ? 0 : matrix };
}

/** Parameters of the routed experts (gate, up and down projections of every expert in every MoE layer). */
export function routedExpertParams(model: ModelSpec): number {
  const moe = model.architecture.moe;
  if (!moe) return 0;
  return moe.moeLayers * moe.experts * 3 * model.architecture.hiddenSize * moe.expertIntermediateSize;
}

/** Routed-expert parameters one token reads. */
export function activeExpertParams(model: ModelSpec): number {
  const moe = model.architecture.moe;
  if (!moe) return 0;
  return moe.moeLayers * moe.expertsPerToken * 3 * model.architecture.hiddenSize * moe.expertIntermediateSize;
}

/**
 * Parameters read from memory to generate one token: everything but the routed experts not chosen,
 * and without the input embedding, of which a token reads one row (a tied matrix is still read
 * whole as the output head). Derived from the declared total so it stays consistent with it.
 */
export function decodeParams(model: ModelSpec): number {
  const { input, output } = embeddingParams(model);
  const nonExpert = model.paramsTotal - routedExpertParams(model);
  const readsInput = output === 0 ? 0 : input;
  return Math.max(nonExpert - readsInput, 0) + activeExpertParams(model);
}

/** Parameters in linear layers (everything but the embedding matrices). */
export function linearParams(model: ModelSpec): number {
  const { input, output } = embeddingParams(model);
  return Math.max(model.paramsTotal - input - output, 0);
}

/**
 * Total parameters computed from the architecture alone (attention, MLP or experts, embeddings),
 * for standard attention layers; a check that the catalog's facts agree with its declared total.
 */
export function parametersFromArchitecture(model: ModelSpec): number {
  const a = model.architecture;
  const attention = a.hiddenSize * a.headDim * (2 * a.queryHeads + 2 * a.kvHeads);
  const moeLayers = a.moe?.moeLayers ?? 0;
  const denseMlp = 3 * a.hiddenSize * a.intermediateSize;
  const moeMlp = a.moe ? 3 * a.hiddenSize * a.moe.expertIntermediateSize * (a.moe.experts + a.moe.sharedExperts) : 0;
  const { input, output } = embeddingParams(model);
  return a.layers * attention + (a.layers - moeLayers) * denseMlp + moeLayers * moeMlp + input + output;
}
