import fs from "node:fs";
import path from "node:path";
import { openDbDir } from "../lib/import-export/opendb/dataset-dir";
import { OPENDB_SAMPLE_DIR } from "../lib/import-export/opendb/dataset-source";

// Refreshes the committed OpenDB sample (lib/import-export/opendb/sample/) from the full dataset:
// the files its manifest lists, copied byte for byte, plus the upstream licence.
// Run: npx tsx scripts/opendb-sample.ts   (reads OPENDB_DIR, default ../shared/data/buildcores-open-db)
const manifest = JSON.parse(fs.readFileSync(path.join(OPENDB_SAMPLE_DIR, "manifest.json"), "utf8")) as Record<string, string[]>;
const from = openDbDir();
fs.rmSync(path.join(OPENDB_SAMPLE_DIR, "open-db"), { recursive: true, force: true });
let copied = 0;
for (const [category, ids] of Object.entries(manifest)) {
  fs.mkdirSync(path.join(OPENDB_SAMPLE_DIR, "open-db", category), { recursive: true });
  for (const id of ids) {
    fs.copyFileSync(path.join(from, "open-db", category, `${id}.json`), path.join(OPENDB_SAMPLE_DIR, "open-db", category, `${id}.json`));
    copied += 1;
  }
}
fs.copyFileSync(path.join(from, "LICENSE.txt"), path.join(OPENDB_SAMPLE_DIR, "LICENSE.txt"));
console.log(`copied ${copied} files from ${from}`);
