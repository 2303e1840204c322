import type { Category, PartSource } from "./categories";
import type { DroppedSpec } from "./bound-specs";
import type { SpecsByCategory } from "./specs";

interface PartBase {
  id: string;
  brand: string;
  model: string;
  /** The newest price observation; null when the price is unknown. */
  priceCents: number | null;
  currency: string;
  /** When that price was observed (ISO 8601); null or absent when unknown. */
  priceObservedAt?: string | null;
  /** Manufacturer part numbers ("BX80677I77700K"); absent when none are known. */
  partNumbers?: string[];
  releaseYear: number | null;
  source: PartSource;
  externalId: string | null;
  sourceUrl: string | null;
  /** Stored spec values outside today's bounds, read as unknown (lib/parts/bound-specs.ts). */
  ignoredSpecs?: DroppedSpec[];
}

/** A catalog part: a discriminated union so `part.specs` is typed by `part.category`. */
export type Part = { [C in Category]: PartBase & { category: C; specs: SpecsByCategory[C] } }[Category];

export type PartOf<C extends Category> = Extract<Part, { category: C }>;

export function partName(part: Pick<PartBase, "brand" | "model">): string {
  return part.model.toLowerCase().startsWith(part.brand.toLowerCase())
    ? part.model
    : `${part.brand} ${part.model}`;
}
