import { z } from "zod";
import type { Category } from "./categories";
import { SPEC_SCHEMAS, type SpecsByCategory } from "./specs";

export type SpecsResult<C extends Category> =
  | { ok: true; specs: SpecsByCategory[C] }
  | { ok: false; errors: string[] };

/** Validates specs for a category; error strings name the offending field path. */
export function parseSpecs<C extends Category>(category: C, input: unknown): SpecsResult<C> {
  const result = SPEC_SCHEMAS[category].safeParse(input);
  if (result.success) return { ok: true, specs: result.data as SpecsByCategory[C] };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join(".") || "(specs)"}: ${issue.message}`),
  };
}

export function specsSchemaFor(category: Category): z.ZodType {
  return SPEC_SCHEMAS[category];
}
