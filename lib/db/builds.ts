import { randomUUID } from "node:crypto";
import type { BuildContent, StoredBuild } from "../builds/stored";
import { hashEditToken, newBuildId, newEditToken } from "../builds/tokens";
import type { Db } from "./client";
import { rowToBuild } from "./build-mapper";

const withItems = { items: { include: { part: true } } } as const;

function itemRows(content: BuildContent) {
  return content.items.map((item, position) => ({
    id: randomUUID(),
    position,
    partId: item.partId,
    customName: item.custom?.name ?? null,
    customCategory: item.custom?.category ?? null,
    customSpecs: item.custom ? JSON.stringify(item.custom.specs) : null,
    quantity: item.quantity,
    priceCents: item.priceCents,
    discountCents: item.discountCents,
  }));
}

function header(content: BuildContent) {
  const { name, currency, shippingCents, taxMilliPct, notes, circuit } = content;
  return { name, currency, shippingCents, taxMilliPct, notes, circuit };
}

export async function createBuild(
  db: Db,
  content: BuildContent,
  options: { isExample?: boolean; forkedFromId?: string | null } = {},
): Promise<{ build: StoredBuild; editToken: string }> {
  const editToken = newEditToken();
  const row = await db.build.create({
    data: {
      id: newBuildId(),
      ...header(content),
      editTokenHash: hashEditToken(editToken),
      isExample: options.isExample ?? false,
      forkedFromId: options.forkedFromId ?? null,
      items: { create: itemRows(content) },
    },
    include: withItems,
  });
  return { build: rowToBuild(row), editToken };
}

export async function getBuild(db: Db, id: string): Promise<StoredBuild | null> {
  const row = await db.build.findUnique({ where: { id }, include: withItems });
  return row ? rowToBuild(row) : null;
}

export async function getEditTokenHash(db: Db, id: string): Promise<string | null> {
  const row = await db.build.findUnique({ where: { id }, select: { editTokenHash: true } });
  return row?.editTokenHash ?? null;
}

export async function getExampleBuild(db: Db): Promise<StoredBuild | null> {
  const row = await db.build.findFirst({ where: { isExample: true }, orderBy: { createdAt: "asc" }, include: withItems });
  return row ? rowToBuild(row) : null;
}

export type UpdateOutcome = { status: "ok"; build: StoredBuild } | { status: "not-found" } | { status: "conflict"; currentVersion: number };

/**
 * Optimistic concurrency: the write only happens if the row still has the version the
 * editor loaded, so of two concurrent saves exactly one wins and the other sees a conflict.
 */
export async function updateBuild(db: Db, id: string, expectedVersion: number, content: BuildContent): Promise<UpdateOutcome> {
  return db.$transaction(async (tx) => {
    const bumped = await tx.build.updateMany({
      where: { id, version: expectedVersion },
      data: { ...header(content), version: { increment: 1 } },
    });
    if (bumped.count === 0) {
      const current = await tx.build.findUnique({ where: { id }, select: { version: true } });
      return current ? { status: "conflict", currentVersion: current.version } : { status: "not-found" };
    }
    await tx.buildItem.deleteMany({ where: { buildId: id } });
    await tx.buildItem.createMany({ data: itemRows(content).map((item) => ({ ...item, buildId: id })) });
    const row = await tx.build.findUniqueOrThrow({ where: { id }, include: withItems });
    return { status: "ok", build: rowToBuild(row) };
  }, EDIT_TRANSACTION);
}

// Prisma's defaults (wait 2 s for a connection, 5 s to finish) fail saves under a burst of
// concurrent writers queueing for SQLite's single writer or a full PostgreSQL pool; a slow save
// beats a failed one.
const EDIT_TRANSACTION = { maxWait: 15_000, timeout: 20_000 } as const;

export async function deleteBuild(db: Db, id: string): Promise<boolean> {
  const result = await db.build.deleteMany({ where: { id } });
  return result.count > 0;
}

/** Several builds by id (the "My builds" list); unknown ids are simply absent from the map. */
export async function getBuildsByIds(db: Db, ids: readonly string[]): Promise<Map<string, StoredBuild>> {
  if (ids.length === 0) return new Map();
  const rows = await db.build.findMany({ where: { id: { in: [...ids] } }, include: withItems });
  return new Map(rows.map((row) => [row.id, rowToBuild(row)]));
}
