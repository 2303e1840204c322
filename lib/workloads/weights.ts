import { weightFormat } from "./formats";
import { activeExpertParams, decodeParams, embeddingParams, linearParams, routedExpertParams } from "./params";
import type { ModelSpec, WeightFormatName } from "./types";

const EMBEDDING_BITS = 16;

/** Bytes of a parameter count stored at `bits` per weight. */
const bytesAt = (params: number, bits: number) => (params * bits) / 8;

/** Memory the model's weights take in `format` (see formats.ts for the three layouts). */
export function weightsBytes(model: ModelSpec, formatName: WeightFormatName): number {
  const format = weightFormat(formatName);
  switch (format.layout) {
    case "whole-file":
      return bytesAt(model.paramsTotal, format.bitsPerWeight);
    case "linear": {
      const { input, output } = embeddingParams(model);
      return bytesAt(linearParams(model), format.bitsPerWeight) + bytesAt(input + output, EMBEDDING_BITS);
    }
    case "experts": {
      const experts = routedExpertParams(model);
      return bytesAt(experts, format.bitsPerWeight) + bytesAt(model.paramsTotal - experts, format.otherBitsPerWeight ?? format.bitsPerWeight);
    }
  }
}

/**
 * Bytes read from memory per generated token: the parameters a token uses (decodeParams: active
 * experts only, input embedding row only) at the format's precision. This is what bounds decode
 * speed by memory bandwidth.
 */
export function decodeWeightBytes(model: ModelSpec, formatName: WeightFormatName): number {
  const format = weightFormat(formatName);
  const params = decodeParams(model);
  switch (format.layout) {
    case "whole-file":
      return bytesAt(params, format.bitsPerWeight);
    case "linear": {
      const { output } = embeddingParams(model);
      // Untied models read the whole output head at 16 bits; a tied head is part of `params`.
      const head = output > 0 ? output : model.architecture.vocabSize * model.architecture.hiddenSize;
      return bytesAt(Math.max(params - head, 0), format.bitsPerWeight) + bytesAt(head, EMBEDDING_BITS);
    }
    case "experts": {
      const experts = activeExpertParams(model);
      return bytesAt(experts, format.bitsPerWeight) + bytesAt(params - experts, format.otherBitsPerWeight ?? format.bitsPerWeight);
    }
  }
}
