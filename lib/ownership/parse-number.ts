/** "1,299.5" and "1,299" use thousands commas; "0,30" and "12,5" a decimal comma. */
function normalise(text: string): string {
  const compact = text.replace(/\s/g, "");
  if (!compact.includes(",")) return compact;
  // With a dot, or with several commas, commas can only be thousands groups.
  const grouped = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(compact);
  if (compact.includes(".") || compact.split(",").length > 2) return grouped ? compact.replace(/,/g, "") : compact;
  const parts = compact.split(",");
  const [whole, fraction] = parts as [string, string];
  const thousands = fraction.length === 3 && whole !== "0";
  return thousands ? whole + fraction : `${whole}.${fraction}`;
}

/**
 * Reads a non-negative number as people type it. null for anything else, or when it is outside
 * [min, max] or has more decimals than allowed.
 */
export function parseNumber(text: string, { min, max, decimals }: { min: number; max: number; decimals: number }): number | null {
  const cleaned = normalise(text);
  const match = /^\d+(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[1]?.length ?? 0) > decimals) return null;
  const value = Number(cleaned);
  return value >= min && value <= max ? value : null;
}

/** Whole units to an integer count of a smaller unit without float noise: (1.006, 5) -> 100600. */
export function toScaledInt(value: number, digits: number): number {
  return Math.round(Number(`${value}e${digits}`));
}
