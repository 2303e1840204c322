import type { Db } from "./client";
import { providerOf } from "./provider";

/**
 * What a rendered share page, or a build's JSON, depends on in the database. Read on every request
 * (one indexed query), so a cached rendering is used only while all of these are unchanged, on every
 * app server: an edit bumps `version`, an upload or delete of a benchmark run changes `runs`, any write
 * to the catalog bumps `catalogRevision` (database triggers, migration 20261201120000_cache_revision).
 *
 * A NEW INPUT TO THE SHARE PAGE (a table a panel reads, e.g. a model catalog or price observations)
 * must be added here, or cached pages will not show its changes: give it a trigger that bumps a
 * CacheRevision scope (as "catalog") or a per-build signature (as `runs`), read it in the query below,
 * and add it to shareKeyParts in lib/services/page-cache-keys.ts.
 */
export interface BuildRenderKey {
  buildId: string;
  version: number;
  /** The build's benchmark run ids, sorted (runs are never edited, only added and deleted). */
  runs: string;
  catalogRevision: number;
}

export interface HomeRenderKey {
  /** The example build the home page shows, or null when there is none. */
  example: { id: string; version: number } | null;
  catalogRevision: number;
}

const CATALOG = `(SELECT "revision" FROM "CacheRevision" WHERE "scope" = 'catalog')`;

// At most MAX_RUNS_PER_BUILD (50) ids, read through the (buildId, createdAt) index.
const BUILD_KEY_SQL = {
  sqlite: `SELECT b."version" AS "version", ${CATALOG} AS "catalog",
    (SELECT group_concat("id", ',' ORDER BY "id") FROM "BenchmarkRun" WHERE "buildId" = b."id") AS "runs"
    FROM "Build" b WHERE b."id" = ?`,
  postgres: `SELECT b."version" AS "version", ${CATALOG} AS "catalog",
    (SELECT string_agg("id", ',' ORDER BY "id") FROM "BenchmarkRun" WHERE "buildId" = b."id") AS "runs"
    FROM "Build" b WHERE b."id" = $1`,
} as const;

const HOME_KEY_SQL = `SELECT ${CATALOG} AS "catalog", e."id" AS "id", e."version" AS "version"
  FROM (SELECT 1 AS "one") AS o
  LEFT JOIN (SELECT "id", "version" FROM "Build" WHERE "isExample" = true ORDER BY "createdAt" ASC, "id" ASC LIMIT 1) AS e ON true`;

interface KeyRow {
  version: number | bigint | null;
  catalog: number | bigint | null;
  runs?: string | null;
  id?: string | null;
}

/** The catalog counter; a database without it (migration missing) is an error, not "no catalog". */
function revision(value: number | bigint | null): number {
  if (value === null) throw new Error("CacheRevision has no 'catalog' row: migration 20261201120000_cache_revision is missing");
  return Number(value);
}

/** null when the build does not exist. */
export async function buildRenderKey(db: Db, buildId: string): Promise<BuildRenderKey | null> {
  const rows = await db.$queryRawUnsafe<KeyRow[]>(BUILD_KEY_SQL[providerOf(db)], buildId);
  const row = rows[0];
  if (!row) return null;
  return { buildId, version: Number(row.version), runs: row.runs ?? "", catalogRevision: revision(row.catalog) };
}

export async function homeRenderKey(db: Db): Promise<HomeRenderKey> {
  const [row] = await db.$queryRawUnsafe<KeyRow[]>(HOME_KEY_SQL);
  return {
    example: row?.id ? { id: row.id, version: Number(row.version) } : null,
    catalogRevision: revision(row?.catalog ?? null),
  };
}

/** The catalog counter alone: one primary-key read (also what /api/health asks). */
export async function catalogRevision(db: Db): Promise<number> {
  const rows = await db.$queryRawUnsafe<KeyRow[]>(`SELECT ${CATALOG} AS "catalog"`);
  return revision(rows[0]?.catalog ?? null);
}
