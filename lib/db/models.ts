import { modelSpecSchema, toModelSpec } from "../workloads/model-schema";
import type { ModelSpec } from "../workloads/types";
import type { Db } from "./client";

type Row = {
  id: string; name: string; family: string; publisher: string; license: string; sourceUrl: string;
  paramsTotalMillions: number; paramsActiveMillions: number; layers: number; contextMax: number; popular: boolean; position: number; facts: string;
};

function toRow(model: ModelSpec, position: number): Row {
  return {
    id: model.id, name: model.name, family: model.family, publisher: model.publisher, license: model.license, sourceUrl: model.sourceUrl,
    paramsTotalMillions: Math.round(model.paramsTotal / 1e6), paramsActiveMillions: Math.round(model.paramsActive / 1e6),
    layers: model.architecture.layers, contextMax: model.contextMax, popular: model.popular, position, facts: JSON.stringify(model),
  };
}

/** Stored facts are re-validated on read; a row that no longer parses is skipped rather than trusted. */
function fromRow(row: Pick<Row, "facts">): ModelSpec | null {
  try {
    const parsed = modelSpecSchema.safeParse({ ...JSON.parse(row.facts), checkedAgainst: "stored" });
    return parsed.success ? toModelSpec(parsed.data) : null;
  } catch {
    return null;
  }
}

/**
 * Makes the table match the built-in model list: inserts new models, rewrites changed ones and
 * removes ids no longer in the list (the table holds built-in models only). Unchanged rows are not
 * written, so each start costs one read.
 */
export async function syncModels(db: Db, models: readonly ModelSpec[]): Promise<{ inserted: number; updated: number; removed: number }> {
  const existing = new Map((await db.languageModel.findMany()).map((row) => [row.id, row]));
  const wanted = models.map(toRow);
  const keep = new Set(wanted.map((row) => row.id));
  const inserts = wanted.filter((row) => !existing.has(row.id));
  const updates = wanted.filter((row) => {
    const old = existing.get(row.id);
    return old !== undefined && (Object.keys(row) as (keyof Row)[]).some((key) => old[key] !== row[key]);
  });
  const removed = [...existing.keys()].filter((id) => !keep.has(id));
  await db.$transaction([
    ...(inserts.length ? [db.languageModel.createMany({ data: inserts })] : []),
    ...updates.map((row) => db.languageModel.update({ where: { id: row.id }, data: row })),
    ...(removed.length ? [db.languageModel.deleteMany({ where: { id: { in: removed } } })] : []),
  ]);
  return { inserted: inserts.length, updated: updates.length, removed: removed.length };
}

/** Every model in catalog order. */
export async function listModels(db: Db): Promise<ModelSpec[]> {
  const rows = await db.languageModel.findMany({ orderBy: { position: "asc" }, select: { facts: true } });
  return rows.flatMap((row) => fromRow(row) ?? []);
}

export async function getModel(db: Db, id: string): Promise<ModelSpec | null> {
  const row = await db.languageModel.findUnique({ where: { id }, select: { facts: true } });
  return row ? fromRow(row) : null;
}
