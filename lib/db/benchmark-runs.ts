import { randomUUID } from "node:crypto";
import { benchmarkResultSchema, type BenchmarkResult } from "../benchmark/result-schema";
import type { StoredBenchmarkRun } from "../benchmark/stored-run";
import type { Db } from "./client";

interface RunRow {
  id: string;
  buildId: string;
  buildVersion: number;
  result: string;
  createdAt: Date;
}

// Stored documents were validated on upload; parsing again keeps the type honest if a future
// schema version ever shares this table (it then fails loudly instead of rendering garbage).
function rowToRun(row: RunRow): StoredBenchmarkRun {
  return {
    id: row.id,
    buildId: row.buildId,
    buildVersion: row.buildVersion,
    createdAt: row.createdAt,
    result: benchmarkResultSchema.parse(JSON.parse(row.result)),
  };
}

export interface NewBenchmarkRun {
  buildId: string;
  buildVersion: number;
  result: BenchmarkResult;
}

export async function createBenchmarkRun(db: Db, run: NewBenchmarkRun, createdAt = new Date()): Promise<StoredBenchmarkRun> {
  const row = await db.benchmarkRun.create({
    data: {
      id: randomUUID(),
      buildId: run.buildId,
      buildVersion: run.buildVersion,
      schemaVersion: run.result.schemaVersion,
      mode: run.result.mode,
      // The schema is strict, so re-serialising the parsed document loses nothing but whitespace.
      result: JSON.stringify(run.result),
      createdAt,
    },
  });
  return rowToRun(row);
}

/** Newest first. */
export async function listBenchmarkRuns(db: Db, buildId: string): Promise<StoredBenchmarkRun[]> {
  const rows = await db.benchmarkRun.findMany({ where: { buildId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map(rowToRun);
}

export async function countBenchmarkRuns(db: Db, buildId: string): Promise<number> {
  return db.benchmarkRun.count({ where: { buildId } });
}

/** Deletes a run only through its own build, so a run id from another build matches nothing. */
export async function deleteBenchmarkRun(db: Db, buildId: string, runId: string): Promise<boolean> {
  const deleted = await db.benchmarkRun.deleteMany({ where: { id: runId, buildId } });
  return deleted.count > 0;
}
