-- CreateTable
CREATE TABLE "CacheRevision" (
    "scope" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CacheRevision_pkey" PRIMARY KEY ("scope")
);

-- One counter per cached input that is not versioned by itself. "catalog" moves with every write to
-- "Part" (any writer: seed, import, price file, raw SQL), in the writer's own transaction, so a
-- cache key that carries it changes exactly when the catalog does (lib/db/render-keys.ts).
-- Statement-level: an import of 29,454 parts bumps it once per statement, not once per row.
INSERT INTO "CacheRevision" ("scope", "revision") VALUES ('catalog', 1);

CREATE FUNCTION "dlbox_bump_catalog_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "CacheRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'catalog';
    RETURN NULL;
END
$$;

CREATE TRIGGER "Part_write_bumps_catalog" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Part"
    FOR EACH STATEMENT EXECUTE FUNCTION "dlbox_bump_catalog_revision"();
