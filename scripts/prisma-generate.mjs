// `prisma generate` never runs the schema engine, but the CLI insists on locating (and
// otherwise downloading) one. Pointing it at any existing file keeps install offline.
// Generates the PostgreSQL schema copy, then one client per provider.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const steps = [
  ["tsx", "scripts/prisma-schemas.ts"],
  ["prisma", "generate", "--schema", "prisma/schema.prisma"],
  ["prisma", "generate", "--schema", "prisma/postgresql/schema.prisma"],
];
for (const step of steps) {
  const result = spawnSync("npx", step, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
