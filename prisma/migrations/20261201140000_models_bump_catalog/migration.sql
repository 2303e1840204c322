-- The model catalog feeds the share page's "What runs on this box" panel, which the page cache keys
-- by the catalog revision: writes to "LanguageModel" move that counter too.
CREATE TRIGGER "LanguageModel_insert_bumps_catalog" AFTER INSERT ON "LanguageModel"
BEGIN
    UPDATE "CacheRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'catalog';
END;

CREATE TRIGGER "LanguageModel_update_bumps_catalog" AFTER UPDATE ON "LanguageModel"
BEGIN
    UPDATE "CacheRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'catalog';
END;

CREATE TRIGGER "LanguageModel_delete_bumps_catalog" AFTER DELETE ON "LanguageModel"
BEGIN
    UPDATE "CacheRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'catalog';
END;
