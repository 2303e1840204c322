import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { mapOpenDbPart, OPENDB_CATEGORIES, type OpenDbCategory } from "../import-export";
import type { Part } from "../parts/types";

export interface SkippedFile {
  file: string;
  /** Short and shared by every file skipped for the same cause, so summaries can group it. */
  reason: string;
}

export interface OpenDbReadResult {
  /** The open-db folder that was read. */
  root: string;
  files: number;
  parts: Part[];
  skipped: SkippedFile[];
  perCategory: Record<OpenDbCategory, { files: number; parts: number }>;
  /** Folders that are not one of the nine categories we map (an upstream checkout has more). */
  ignoredFolders: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stable catalog id for an OpenDB part, so a re-import updates the same row instead of adding one. */
export function openDbPartId(externalId: string): string {
  if (UUID.test(externalId)) return `odb-${externalId.toLowerCase()}`;
  // Not a UUID (never seen upstream): a hash keeps the id a valid slug of bounded length.
  return `odb-${createHash("sha256").update(externalId).digest("hex").slice(0, 32)}`;
}

/** Accepts a checkout (<dir>/open-db/<Category>) or the open-db folder itself. */
export function resolveOpenDbRoot(dir: string): string {
  const nested = path.join(dir, "open-db");
  if (fs.existsSync(nested) && fs.statSync(nested).isDirectory()) return nested;
  if (OPENDB_CATEGORIES.some((c) => fs.existsSync(path.join(dir, c)))) return dir;
  throw new Error(`${dir} is not a BuildCores OpenDB checkout: expected ${nested}/<Category>/*.json`);
}

function readFile(file: string): { ok: true; json: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, json: JSON.parse(fs.readFileSync(file, "utf8")) };
  } catch (error) {
    return { ok: false, reason: error instanceof SyntaxError ? "invalid JSON" : "unreadable file" };
  }
}

/**
 * Reads and maps every part file. Bad files are skipped with a reason, never fatal; so are
 * duplicates of an id already read (the first file wins, in sorted order, so runs agree).
 */
export function readOpenDbDataset(dir: string, onProgress?: (done: number, total: number) => void): OpenDbReadResult {
  const root = resolveOpenDbRoot(dir);
  const folders = fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const ignoredFolders = folders.filter((f) => !(OPENDB_CATEGORIES as readonly string[]).includes(f)).sort();
  const work = OPENDB_CATEGORIES.filter((c) => folders.includes(c)).map((category) => ({
    category,
    files: fs.readdirSync(path.join(root, category)).filter((f) => f.endsWith(".json")).sort(),
  }));
  const total = work.reduce((n, w) => n + w.files.length, 0);
  const perCategory = Object.fromEntries(OPENDB_CATEGORIES.map((c) => [c, { files: 0, parts: 0 }])) as OpenDbReadResult["perCategory"];
  const parts: Part[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  let done = 0;
  for (const { category, files } of work) {
    for (const name of files) {
      const file = `${category}/${name}`;
      perCategory[category].files += 1;
      const read = readFile(path.join(root, file));
      const mapped = read.ok ? mapOpenDbPart(category, read.json) : read;
      if (!mapped.ok) skipped.push({ file, reason: mapped.reason.replace(/^[^\s:]+: /, "") });
      else if (seen.has(openDbPartId(mapped.part.externalId))) skipped.push({ file, reason: "duplicate opendb_id" });
      else {
        const { externalId, category: ours, brand, model, releaseYear, partNumbers, specs } = mapped.part;
        const id = openDbPartId(externalId);
        seen.add(id);
        perCategory[category].parts += 1;
        // Same key order as rowToPart: one object shape for every part keeps later scans fast.
        parts.push({ id, category: ours, brand, model, priceCents: null, currency: "USD", priceObservedAt: null, partNumbers, releaseYear, source: "imported", externalId, sourceUrl: null, specs } as Part);
      }
      if (++done % 1000 === 0 || done === total) onProgress?.(done, total);
    }
  }
  return { root, files: total, parts, skipped, perCategory, ignoredFolders };
}
