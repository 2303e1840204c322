import type { Category } from "./categories";
import { SPEC_SCHEMAS } from "./specs";

/** The spec fields a category defines, in schema order (part pages list them all). */
export function specKeys(category: Category): string[] {
  return Object.keys(SPEC_SCHEMAS[category].shape);
}
