/** Parses what people type into a price box ("1,299.99", "$45", "") into cents; "" -> null (unknown). */
export function parseMoneyInput(text: string): { ok: true; cents: number | null } | { ok: false } {
  const cleaned = text.replace(/[\s$€£,]/g, "");
  if (cleaned === "") return { ok: true, cents: null };
  if (!/^\d{1,9}(\.\d{0,2})?$/.test(cleaned)) return { ok: false };
  const [whole, fraction = ""] = cleaned.split(".");
  return { ok: true, cents: Number(whole) * 100 + Number(fraction.padEnd(2, "0")) };
}

/** Cents to the plain form a price box shows ("1299.99"); null -> "". */
export function centsToInput(cents: number | null): string {
  if (cents === null) return "";
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
