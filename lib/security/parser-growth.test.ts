import { describe, expect, it } from "vitest";
import { parseBenchmarkResult } from "../benchmark/parse-result";
import { catalogCsvRecords } from "../import-export/catalog-csv";
import { importBuildJson } from "../import-export/import-json";
import { readLinkCell, plainText } from "../import-export/markdown-text";
import { nameTokens } from "../import-export/name-tokens";
import { parsePcPartPickerList } from "../import-export/pcpp-parse";
import { parseUntrustedJson } from "../json/untrusted-json";

// Each parser of untrusted text, fed hostile input of 1k, 10k and 100k characters. The work is
// repeated so every size handles the same number of characters (100 x 1k, 10 x 10k, 1 x 100k):
// linear parsers take about the same time at each size, a quadratic one 10x and 100x longer.
// The bound (5x) leaves room for noise and for n log n, and none for n^2.
const SIZES = [1_000, 10_000, 100_000] as const;
const TRIALS = 5;
const MAX_GROWTH = 5;

function fill(unit: string, n: number, prefix = "", suffix = ""): string {
  const body = unit.repeat(Math.ceil((n - prefix.length - suffix.length) / unit.length));
  return prefix + body.slice(0, Math.max(0, n - prefix.length - suffix.length)) + suffix;
}

function timeFor(parse: (text: string) => unknown, text: string, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let t = 0; t < TRIALS; t += 1) {
    const started = performance.now();
    for (let r = 0; r < repeats; r += 1) parse(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function growth(parse: (text: string) => unknown, make: (n: number) => string): number[] {
  const times = SIZES.map((n) => {
    const text = make(n);
    expect(text.length).toBe(n);
    return timeFor(parse, text, SIZES[SIZES.length - 1]! / n);
  });
  // At least 1 ms for the baseline, so timer resolution cannot fake a ratio.
  const base = Math.max(times[0]!, 1);
  return times.map((t) => t / base);
}

interface Case {
  name: string;
  parse: (text: string) => unknown;
  make: (n: number) => string;
}

const pcpp = (text: string) => parsePcPartPickerList(text);
const CASES: Case[] = [
  // The attack strings recheck found for the regexes these parsers used before.
  { name: "PCPartPicker: text row, spaces after the label", parse: pcpp, make: (n) => fill("\t", n, "CPU: ", "x") },
  { name: "PCPartPicker: many short text rows", parse: pcpp, make: (n) => fill("CPU: Intel Core i7-7700K ($339.99 @ Amazon)\n", n) },
  { name: "PCPartPicker: unclosed brackets", parse: pcpp, make: (n) => fill("[", n, "| Type | Item | Price |\n| CPU | ") },
  { name: "PCPartPicker: emphasis openers in a table", parse: pcpp, make: (n) => fill("\t\u0000*".replace("\u0000", "a") + "a\t", n, "| Type | Item | Price |\n| GPU | ") },
  { name: "PCPartPicker: a 20,000-character name in every row", parse: pcpp, make: (n) => fill(`| CPU | ${"1".repeat(20_000)}tx | $1 |\n`, n, "| Type | Item | Price |\n") },
  { name: "PCPartPicker: colons and spaces", parse: pcpp, make: (n) => fill(":\t", n, "CPU") },
  { name: "markdown cell: link with spaces around an empty URL", parse: readLinkCell, make: (n) => fill("\t", n, "[](", '>](")') },
  { name: "markdown cell: emphasis", parse: plainText, make: (n) => fill("\u0000*\u0000\t", n, "\t") },
  { name: "name tokens: a long digit run", parse: nameTokens, make: (n) => fill("0", n, "t", "t") },
  { name: "name tokens: dots", parse: nameTokens, make: (n) => fill(".", n, "a", "+") },
  { name: "JSON: deep nesting", parse: (t) => { try { return parseUntrustedJson(t); } catch { return null; } }, make: (n) => fill("[", n) },
  { name: "JSON build import: long strings", parse: importBuildJson, make: (n) => fill("x", n, '{"format":"dl-box-build","version":1,"name":"', '"}') },
  { name: "catalog CSV: quotes", parse: catalogCsvRecords, make: (n) => fill('""', n, 'id,category,brand,model\n"', '",gpu,A,B\n') },
  { name: "catalog CSV: list separators with spaces", parse: catalogCsvRecords, make: (n) => fill("\t", n, "category,brand,model,specs.sockets\ncpu-cooler,A,B,AM4", ";\n") },
  { name: "benchmark result: long text", parse: parseBenchmarkResult, make: (n) => fill("x", n, '{"schema":"dl-box-benchmark","os":"', '"}') },
];

describe("parsers take time linear in their input", () => {
  it.each(CASES)("$name", ({ parse, make }) => {
    const ratios = growth(parse, make);
    expect(ratios[1], `10k vs 1k: ${ratios.map((r) => r.toFixed(2)).join(", ")}`).toBeLessThan(MAX_GROWTH);
    expect(ratios[2], `100k vs 1k: ${ratios.map((r) => r.toFixed(2)).join(", ")}`).toBeLessThan(MAX_GROWTH);
  });
});
