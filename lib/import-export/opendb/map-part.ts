import type { Category } from "../../parts/categories";
import { boundSpecs, describeDropped } from "../../parts/bound-specs";
import { cpuSpecs, cpuCoolerSpecs } from "./map-processor";
import { memorySpecs, motherboardSpecs } from "./map-board";
import { gpuSpecs } from "./map-gpu";
import { storageSpecs } from "./map-storage";
import { caseFanSpecs, caseSpecs, psuSpecs } from "./map-chassis";
import { at, text, texts, type Notes } from "./read";

export const OPENDB_CATEGORIES = ["CPU", "CPUCooler", "Motherboard", "RAM", "Storage", "GPU", "PCCase", "PSU", "CaseFan"] as const;
export type OpenDbCategory = (typeof OPENDB_CATEGORIES)[number];

export const OPENDB_CATEGORY_MAP: Record<OpenDbCategory, Category> = {
  CPU: "cpu",
  CPUCooler: "cpu-cooler",
  Motherboard: "motherboard",
  RAM: "memory",
  Storage: "storage",
  GPU: "gpu",
  PCCase: "case",
  PSU: "psu",
  CaseFan: "case-fan",
};

const MAPPERS: Record<OpenDbCategory, (json: unknown, notes: Notes) => Record<string, unknown>> = {
  CPU: cpuSpecs,
  CPUCooler: cpuCoolerSpecs,
  Motherboard: motherboardSpecs,
  RAM: memorySpecs,
  Storage: storageSpecs,
  GPU: gpuSpecs,
  PCCase: caseSpecs,
  PSU: psuSpecs,
  CaseFan: caseFanSpecs,
};

export interface OpenDbPart {
  externalId: string;
  category: Category;
  brand: string;
  model: string;
  releaseYear: number | null;
  /** Manufacturer part numbers (metadata.part_numbers), at most 16 of at most 64 characters. */
  partNumbers: string[];
  /** Valid for the category's spec schema; absent keys are unknown. */
  specs: Record<string, unknown>;
}

export type OpenDbMapResult = { ok: true; part: OpenDbPart; notes: string[] } | { ok: false; reason: string };

/**
 * Maps one OpenDB file onto a catalog part. Only a missing id or name rejects the part; a field
 * that is missing, a placeholder 0, or invalid for our schema is left unknown with a note.
 */
export function mapOpenDbPart(category: OpenDbCategory, json: unknown): OpenDbMapResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, reason: "not a JSON object" };
  const externalId = text(json, "opendb_id");
  if (!externalId || externalId.length > 64) return { ok: false, reason: "missing or invalid opendb_id" };
  const name = text(json, "metadata.name");
  if (!name) return { ok: false, reason: `${externalId}: missing metadata.name` };
  const notes: Notes = [];
  let brand = text(json, "metadata.manufacturer");
  if (!brand) {
    brand = name.split(/\s+/)[0] ?? name;
    notes.push(`no manufacturer, brand taken from the name ("${brand}")`);
  }
  const model = name.toLowerCase().startsWith(`${brand.toLowerCase()} `) ? name.slice(brand.length).trim() : name;
  const year = at(json, "metadata.releaseYear");
  const releaseYear = typeof year === "number" && Number.isInteger(year) && year >= 1970 && year <= 2100 ? year : null;
  const ours = OPENDB_CATEGORY_MAP[category];
  const specs = validSpecs(ours, MAPPERS[category](json, notes), notes);
  const partNumbers = [...new Set(texts(json, "metadata.part_numbers") ?? [])].filter((p) => p.length <= 64).slice(0, 16);
  return { ok: true, part: { externalId, category: ours, brand, model, releaseYear, partNumbers, specs }, notes };
}

/** Keeps the fields our schema accepts; each value outside its bounds is dropped with a note. */
function validSpecs(category: Category, specs: Record<string, unknown>, notes: Notes): Record<string, unknown> {
  const bounded = boundSpecs(category, specs);
  for (const d of bounded.dropped) notes.push(describeDropped(d));
  return bounded.specs as Record<string, unknown>;
}
