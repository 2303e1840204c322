-- A fork's link to its source becomes a foreign key that is cleared when the source is deleted.
-- SQLite adds a foreign key by rebuilding the table (the runner turns foreign key enforcement off
-- around migrations, as Prisma Migrate does, so dropping the old table cascades nothing).

-- RedefineTables
CREATE TABLE "new_Build" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "shippingCents" INTEGER NOT NULL DEFAULT 0,
    "taxMilliPct" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "editTokenHash" TEXT NOT NULL,
    "forkedFromId" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Build_forkedFromId_fkey" FOREIGN KEY ("forkedFromId") REFERENCES "Build" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Build" ("id", "name", "currency", "shippingCents", "taxMilliPct", "notes", "version", "editTokenHash", "forkedFromId", "isExample", "createdAt", "updatedAt")
SELECT "id", "name", "currency", "shippingCents", "taxMilliPct", "notes", "version", "editTokenHash",
    CASE WHEN "forkedFromId" IN (SELECT "id" FROM "Build") THEN "forkedFromId" ELSE NULL END,
    "isExample", "createdAt", "updatedAt"
FROM "Build";
DROP TABLE "Build";
ALTER TABLE "new_Build" RENAME TO "Build";
CREATE INDEX "Build_isExample_idx" ON "Build"("isExample");
