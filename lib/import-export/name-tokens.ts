import { trimEndChars, trimStartChars } from "../text/trim";

// Normalises part names from different sources ("Intel Core i7-7700K 4.2 GHz Quad-Core
// Processor", brand "Intel" + model "Core i7-7700K") to comparable token sets.

// Words every listing adds to a category; they say nothing about which part it is.
const STOPWORDS = new Set([
  "processor", "video", "card", "graphics", "memory", "desktop", "internal", "solid", "state",
  "drive", "power", "supply", "motherboard", "certified", "kit", "the", "and", "with", "for",
]);

const MARKETING = [
  // Clock speeds: a CPU's model number already fixes them, and listings round differently.
  /\b\d+(?:[.,]\d+)?\s*[gm]hz\b/g,
  // "Quad-Core", "8-Core", "6-core".
  /\b(?:\d+|single|dual|triple|quad|hexa|six|octa|eight|deca|twelve|sixteen)[- ]core\b/g,
];

/** Lower-cased, accent-free alphanumeric tokens with units glued to their numbers. */
export function nameTokens(name: string): string[] {
  let text = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  text = text.replace(/[™®©]/g, " ");
  for (const pattern of MARKETING) text = text.replace(pattern, " ");
  // "2 x 16 GB" -> "2x16gb"; "1 TB" -> "1000gb" so "1TB" and "1000GB" variants agree.
  text = text.replace(/(\d)\s*x\s*(\d)/g, "$1x$2");
  // (?<!\d): a match starts at the first digit of a number, not at each digit of a long run.
  text = text.replace(/(?<!\d)(\d+(?:\.\d+)?)\s*tb\b/g, (_, n: string) => `${Math.round(Number(n) * 1000)}gb`);
  text = text.replace(/(\d)\s+(gb|mb|w|mm|rpm|hz|cm|in|l|cfm)\b/g, "$1$2");
  const tokens = text.split(/[^a-z0-9.+]+/).flatMap((t) => t.split(/(?<=[a-z])\.(?=[a-z])|\.$|^\./));
  const out = new Set<string>();
  for (const token of tokens) {
    const clean = trimEndChars(trimStartChars(token, ".+"), ".");
    if (clean !== "" && !STOPWORDS.has(clean)) out.add(clean);
  }
  return [...out];
}
