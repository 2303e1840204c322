import { formatPricesSummary, importPriceList } from "../lib/services/prices-import";
import { withMigratedDb } from "./support/migrated-db";

const USAGE = `Usage: npm run prices:import -- <file.csv>
  A retailer's price list: columns retailer, price, currency, observedAt, and partId, mpn or name
  (optional: category, url). See docs/prices.md. Re-running a file changes nothing.
The database is DATABASE_URL (default file:./data/app.db; postgres://... works too); it is migrated first.`;

/** `npm run prices:import -- <file.csv>`: the summary on stdout; exit 1 on a file that cannot be read. */
async function main(args: string[]): Promise<number> {
  const input = args.find((a) => a !== "--");
  if (!input || input === "--help" || input === "-h") {
    console.error(USAGE);
    return input ? 0 : 2;
  }
  console.log(formatPricesSummary(await withMigratedDb((db) => importPriceList(db, input))));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`prices:import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
