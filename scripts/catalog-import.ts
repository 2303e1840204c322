import { formatImportSummary } from "../lib/catalog/import-summary";
import { importCatalogPath } from "../lib/services/catalog-import";
import { withMigratedDb } from "./support/migrated-db";

const USAGE = `Usage: npm run catalog:import -- <path>
  <path>  a BuildCores OpenDB checkout (<path>/open-db/<Category>/*.json) or its open-db folder,
          or a catalog file in our format (.json or .csv; a price list updates priceCents by externalId).
The database is DATABASE_URL (default file:./data/app.db; postgres://... works too); it is migrated first.`;

/** `npm run catalog:import -- <path>`: progress on stderr, the summary on stdout. */
async function main(args: string[]): Promise<number> {
  const input = args.find((a) => a !== "--");
  if (!input || input === "--help" || input === "-h") {
    console.error(USAGE);
    return input ? 0 : 2;
  }
  const summary = await withMigratedDb((db) => importCatalogPath(db, input, (message) => console.error(message)));
  console.log(formatImportSummary(summary));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`catalog:import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
