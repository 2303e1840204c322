import path from "node:path";

/** The shared, read-only OpenDB checkout (never copied into the repo); OPENDB_DIR overrides it. */
export function openDbDir(): string {
  return process.env.OPENDB_DIR ?? path.resolve(process.cwd(), "../shared/data/buildcores-open-db");
}
