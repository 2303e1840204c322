import fs from "node:fs";
import path from "node:path";
import { buildDraftSchema, type BuildDraft } from "../builds/draft";
import { CATEGORIES, isCategory, type Category } from "../parts/categories";
import { parseSpecs } from "../parts/parse-specs";
import type { Part } from "../parts/types";
import { catalogEntrySchema } from "./catalog-entry-schema";
import { formatIssues, readJsonFile } from "./read-json-file";

export const defaultCatalogDir = () => path.join(process.cwd(), "prisma/seed/parts");
export const defaultExampleBuildFile = () => path.join(process.cwd(), "prisma/seed/example-build.json");

/**
 * Reads every <category>.json in `dir` and returns the built-in parts. Collects every problem
 * (bad JSON, unknown file, wrong entry shape, invalid spec, duplicate id) and throws one Error
 * listing them all, so a broken data file fails the start-up loudly instead of seeding half a catalog.
 */
export function loadBuiltinCatalog(dir: string = defaultCatalogDir()): Part[] {
  const problems: string[] = [];
  const parts: Part[] = [];
  const fileOfId = new Map<string, string>();

  for (const { fileName, category } of catalogFiles(dir, problems)) {
    const data = readJsonFile(path.join(dir, fileName), problems, fileName);
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push(`${fileName}: expected a JSON array of parts`);
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const part = toPart(category, raw, `${fileName} [${index}]${idLabel(raw)}`, problems);
      if (!part) return;
      const earlier = fileOfId.get(part.id);
      if (earlier) {
        problems.push(`${fileName} [${index}] (${part.id}): id: duplicate of an entry in ${earlier}`);
        return;
      }
      fileOfId.set(part.id, fileName);
      parts.push(part);
    });
  }

  if (problems.length > 0) {
    throw new Error(`Built-in catalog in ${dir} is invalid (${problems.length} problems):\n  - ${problems.join("\n  - ")}`);
  }
  return parts;
}

/** Reads and validates the seeded example build (a draft whose items reference catalog ids). */
export function loadExampleBuild(file: string = defaultExampleBuildFile()): BuildDraft {
  const problems: string[] = [];
  const fileName = path.basename(file);
  const data = readJsonFile(file, problems, fileName);
  if (data !== undefined) {
    const result = buildDraftSchema.safeParse(data);
    if (result.success) return result.data;
    problems.push(...formatIssues(result.error.issues).map((issue) => `${fileName}: ${issue}`));
  }
  throw new Error(`Example build ${file} is invalid:\n  - ${problems.join("\n  - ")}`);
}

function catalogFiles(dir: string, problems: string[]): { fileName: string; category: Category }[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    throw new Error(`Built-in catalog directory ${dir} cannot be read: ${(error as Error).message}`);
  }
  const files: { fileName: string; category: Category }[] = [];
  for (const fileName of names.filter((name) => name.endsWith(".json"))) {
    const category = fileName.slice(0, -".json".length);
    // A misnamed file ("gpus.json") would otherwise be skipped silently and its parts lost.
    if (isCategory(category)) files.push({ fileName, category });
    else problems.push(`${fileName}: not a part category (expected one of ${CATEGORIES.join(", ")})`);
  }
  return files.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
}

function toPart(category: Category, raw: unknown, label: string, problems: string[]): Part | null {
  const entry = catalogEntrySchema.safeParse(raw);
  if (!entry.success) {
    problems.push(...formatIssues(entry.error.issues).map((issue) => `${label}: ${issue}`));
  }
  // Checked even when the entry shape is wrong, so one run reports every problem of the entry.
  const rawSpecs = isPlainObject(raw) ? raw.specs : undefined;
  const specs = isPlainObject(rawSpecs) ? parseSpecs(category, rawSpecs) : null;
  if (specs && !specs.ok) {
    problems.push(...specs.errors.map((error) => `${label}: ${specsIssue(error)}`));
  }
  if (!entry.success || !specs?.ok) return null;

  const { id, brand, model, priceCents, currency, releaseYear, sourceUrl } = entry.data;
  // parseSpecs checked the specs against `category`'s schema, which is what the union member needs.
  return {
    id, category, brand, model, priceCents, currency, releaseYear,
    source: "builtin",
    externalId: null,
    sourceUrl: sourceUrl ?? null,
    specs: specs.specs,
  } as Part;
}

// parseSpecs names a root-level issue (an unknown key) "(specs)"; keep paths relative to the entry.
function specsIssue(error: string): string {
  const root = "(specs): ";
  return error.startsWith(root) ? `specs: ${error.slice(root.length)}` : `specs.${error}`;
}

function idLabel(raw: unknown): string {
  return isPlainObject(raw) && typeof raw.id === "string" ? ` (${raw.id})` : "";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
