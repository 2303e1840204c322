import fs from "node:fs";
import path from "node:path";
import { openDbDir } from "./dataset-dir";

/** A few real OpenDB files per category, committed so tests pass on a clone without ../shared. */
export const OPENDB_SAMPLE_DIR = path.join(process.cwd(), "lib", "import-export", "opendb", "sample");

export interface OpenDbSource {
  /** A folder holding open-db/<Category>/*.json. */
  dir: string;
  /** "full": the whole dataset at OPENDB_DIR; "sample": the committed sample. */
  kind: "full" | "sample";
}

/**
 * The dataset tests read: the full OpenDB when OPENDB_DIR (default ../shared/data/buildcores-open-db)
 * holds one, else the committed sample, so `npm test` passes on a plain clone and CI, which has the
 * shared folder, still runs every test against all 29,454 parts.
 */
export function openDbSource(): OpenDbSource {
  const dir = openDbDir();
  if (fs.existsSync(path.join(dir, "open-db"))) return { dir, kind: "full" };
  return { dir: OPENDB_SAMPLE_DIR, kind: "sample" };
}

/** The sample's files per OpenDB category, as listed in its manifest. */
export function sampleManifest(): Record<string, string[]> {
  return JSON.parse(fs.readFileSync(path.join(OPENDB_SAMPLE_DIR, "manifest.json"), "utf8")) as Record<string, string[]>;
}
