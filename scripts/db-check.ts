import { parseDatabaseUrl } from "../lib/config/database-url";
import { createDb } from "../lib/db/client";
import { checkStoredSpecs } from "../lib/db/spec-check";
import { describeDropped } from "../lib/parts/bound-specs";
import { exitOnConfigError } from "./setup-db";

/**
 * `npm run db:check [-- --fix]`: lists catalog parts and custom build lines whose stored specs
 * break today's bounds (rows written before the bounds existed, or edited by hand). The app
 * already reads those values as unknown; --fix removes them from the rows and changes nothing
 * else. Exits 1 when problems remain, so a cron job or CI step can watch for them.
 */
async function main(): Promise<number> {
  const fix = process.argv.includes("--fix");
  const db = createDb(parseDatabaseUrl(process.env.DATABASE_URL));
  try {
    const result = await checkStoredSpecs(db, { fix });
    for (const p of result.problems) {
      const where = p.kind === "part" ? `part ${p.id} (${p.label})` : `build ${p.id} ${p.label}`;
      console.log(`${where}: ${p.dropped.map(describeDropped).join("; ")}`);
    }
    const summary = `checked ${result.partsChecked} parts and ${result.itemsChecked} custom lines: ${result.problems.length} with out-of-range specs`;
    console.log(fix ? `${summary}; fixed ${result.fixed}` : result.problems.length > 0 ? `${summary}; run with --fix to clear those values` : summary);
    return result.problems.length > 0 && !fix ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code), exitOnConfigError);
