-- AlterTable
ALTER TABLE "Part" ADD COLUMN "priceObservedAt" DATETIME;
ALTER TABLE "Part" ADD COLUMN "partNumbers" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "PriceObservation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "partId" TEXT NOT NULL,
    "retailer" TEXT NOT NULL,
    "url" TEXT,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "observedAt" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PriceObservation_partId_fkey" FOREIGN KEY ("partId") REFERENCES "Part" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PriceObservation_partId_retailer_observedAt_key" ON "PriceObservation"("partId", "retailer", "observedAt");

-- Full-text index of Part.searchText (not expressible in schema.prisma). FTS5 rows need a stable
-- integer key; Part's implicit rowid may change on VACUUM, so PartSearchDoc gives each part one.
CREATE TABLE "PartSearchDoc" (
    "docId" INTEGER NOT NULL PRIMARY KEY,
    "partId" TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE "PartSearch" USING fts5("category" UNINDEXED, "terms", tokenize = 'unicode61');

INSERT INTO "PartSearchDoc" ("partId") SELECT "id" FROM "Part";
INSERT INTO "PartSearch" (rowid, "category", "terms")
    SELECT d."docId", p."category", p."searchText" FROM "Part" p JOIN "PartSearchDoc" d ON d."partId" = p."id";

CREATE TRIGGER "Part_search_insert" AFTER INSERT ON "Part" BEGIN
    INSERT INTO "PartSearchDoc" ("partId") VALUES (new."id");
    INSERT INTO "PartSearch" (rowid, "category", "terms")
        VALUES ((SELECT "docId" FROM "PartSearchDoc" WHERE "partId" = new."id"), new."category", new."searchText");
END;

CREATE TRIGGER "Part_search_update" AFTER UPDATE OF "id", "category", "searchText" ON "Part" BEGIN
    DELETE FROM "PartSearch" WHERE rowid = (SELECT "docId" FROM "PartSearchDoc" WHERE "partId" = old."id");
    UPDATE "PartSearchDoc" SET "partId" = new."id" WHERE "partId" = old."id";
    INSERT INTO "PartSearch" (rowid, "category", "terms")
        VALUES ((SELECT "docId" FROM "PartSearchDoc" WHERE "partId" = new."id"), new."category", new."searchText");
END;

CREATE TRIGGER "Part_search_delete" AFTER DELETE ON "Part" BEGIN
    DELETE FROM "PartSearch" WHERE rowid = (SELECT "docId" FROM "PartSearchDoc" WHERE "partId" = old."id");
    DELETE FROM "PartSearchDoc" WHERE "partId" = old."id";
END;
