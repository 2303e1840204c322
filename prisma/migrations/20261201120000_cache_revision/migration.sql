-- CreateTable
CREATE TABLE "CacheRevision" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- One counter per cached input that is not versioned by itself. "catalog" moves with every write to
-- "Part" (any writer: seed, import, price file, raw SQL), in the writer's own transaction, so a
-- cache key that carries it changes exactly when the catalog does (lib/db/render-keys.ts).
INSERT INTO "CacheRevision" ("scope", "revision") VALUES ('catalog', 1);

CREATE TRIGGER "Part_insert_bumps_catalog" AFTER INSERT ON "Part"
BEGIN
    UPDATE "CacheRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'catalog';
END;

CREATE TRIGGER "Part_update_bumps_catalog" AFTER UPDATE ON "Part"
BEGIN
    UPDATE "CacheRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'catalog';
END;

CREATE TRIGGER "Part_delete_bumps_catalog" AFTER DELETE ON "Part"
BEGIN
    UPDATE "CacheRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'catalog';
END;
