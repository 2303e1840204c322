import fs from "node:fs";
import path from "node:path";

// prisma/schema.prisma is the one source of the data model (SQLite, the zero-setup default).
// The PostgreSQL copy differs only in provider and client output, so it is generated, never
// edited: `npm install` regenerates it and a test fails when the committed copy is stale.

export const SOURCE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.ts: do not edit.\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected to find ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL variant of the source schema text. */
export function postgresSchema(source: string): string {
  let text = replaceOnce(source, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  // One directory deeper, and a client of its own: each provider compiles its own queries.
  text = replaceOnce(text, /output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/, 'output       = "../../lib/db/generated/postgresql"');
  return HEADER + text;
}

export function writePostgresSchema(root = process.cwd()): boolean {
  const next = postgresSchema(fs.readFileSync(path.join(root, SOURCE_SCHEMA), "utf8"));
  const target = path.join(root, POSTGRES_SCHEMA);
  if (fs.existsSync(target) && fs.readFileSync(target, "utf8") === next) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, next);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(writePostgresSchema() ? `wrote ${POSTGRES_SCHEMA}` : `${POSTGRES_SCHEMA} is up to date`);
}
