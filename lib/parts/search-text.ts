import type { Part } from "./types";

const SEARCHABLE_SPECS = ["socket", "chipset", "architecture", "type", "formFactor", "interface", "memoryType", "vendor"];

/** Lower-cased words a shopper types: brand, model, and spec values people search by. */
export function searchTextFor(part: Pick<Part, "brand" | "model" | "specs">): string {
  const specs = part.specs as Record<string, unknown>;
  const extras = SEARCHABLE_SPECS.map((key) => specs[key]).filter((v): v is string => typeof v === "string");
  return [part.brand, part.model, ...extras].join(" ").toLowerCase();
}

export function queryTokens(q: string | undefined): string[] {
  return (q ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}
