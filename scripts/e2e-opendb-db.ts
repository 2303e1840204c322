import { openDbSource } from "../lib/import-export/opendb/dataset-source";
import { importCatalogPath } from "../lib/services/catalog-import";
import { withMigratedDb } from "./support/migrated-db";

// The end-to-end suite's second server searches 30,000 parts: this loads the whole OpenDB (from
// OPENDB_DIR, default ../shared/data/buildcores-open-db; on a clone without it, the committed
// sample) into its database before `npm start` seeds the built-in catalog there.
async function main(): Promise<void> {
  const source = openDbSource();
  const summary = await withMigratedDb((db) => importCatalogPath(db, source.dir));
  console.log(`e2e catalog: ${summary.imported + summary.updated + summary.unchanged} OpenDB parts (${source.kind}) in ${summary.seconds} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
