-- A fork's link to its source becomes a foreign key that is cleared when the source is deleted.
-- Links to builds deleted before this migration are cleared first.
UPDATE "Build" SET "forkedFromId" = NULL
WHERE "forkedFromId" IS NOT NULL AND "forkedFromId" NOT IN (SELECT "id" FROM "Build");

-- AddForeignKey
ALTER TABLE "Build" ADD CONSTRAINT "Build_forkedFromId_fkey" FOREIGN KEY ("forkedFromId") REFERENCES "Build"("id") ON DELETE SET NULL ON UPDATE CASCADE;
