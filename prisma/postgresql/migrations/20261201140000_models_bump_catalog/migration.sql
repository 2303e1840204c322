-- The model catalog feeds the share page's "What runs on this box" panel, which the page cache keys
-- by the catalog revision: writes to "LanguageModel" move that counter too.
CREATE TRIGGER "LanguageModel_write_bumps_catalog" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LanguageModel"
    FOR EACH STATEMENT EXECUTE FUNCTION "dlbox_bump_catalog_revision"();
