import { describeSetupError } from "../lib/config/database-errors";
import { ConfigError, parseDatabaseUrl } from "../lib/config/database-url";
import { setupDatabase } from "../lib/db/setup";

/** `npm run db:setup`: migrate and seed, printing one line per outcome. */
export async function runSetup(): Promise<void> {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  const result = await setupDatabase(config);
  const migrations = result.appliedMigrations.length ? `applied ${result.appliedMigrations.join(", ")}` : "up to date";
  console.log(`database: ${migrations}; built-in parts: ${result.builtinParts}` +
    (result.exampleBuildId ? `; example build created (/b/${result.exampleBuildId})` : ""));
}

export function exitOnConfigError(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(describeSetupError(error));
  }
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runSetup().catch(exitOnConfigError);
}
