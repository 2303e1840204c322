import { words } from "./search-terms";

/**
 * How a variant differs from the result it is listed under: the words of its name the other's
 * lacks ("White", "OEM/Tray"), else its part number, else its name.
 */
export function variantLabel(head: { model: string }, variant: { model: string; partNumbers?: readonly string[] }): string {
  const headWords = new Set(words(head.model));
  const extra = variant.model.split(/\s+/).filter((token) => {
    const w = words(token);
    return w.length > 0 && w.some((x) => !headWords.has(x));
  });
  if (extra.length > 0) return extra.join(" ");
  return variant.partNumbers?.[0] ?? variant.model;
}
