-- AlterTable
ALTER TABLE "Part" ADD COLUMN "priceObservedAt" TIMESTAMP(3),
ADD COLUMN "partNumbers" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "PriceObservation" (
    "id" TEXT NOT NULL,
    "partId" TEXT NOT NULL,
    "retailer" TEXT NOT NULL,
    "url" TEXT,
    "priceCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriceObservation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PriceObservation_partId_retailer_observedAt_key" ON "PriceObservation"("partId", "retailer", "observedAt");

-- AddForeignKey
ALTER TABLE "PriceObservation" ADD CONSTRAINT "PriceObservation_partId_fkey" FOREIGN KEY ("partId") REFERENCES "Part"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text index of Part.searchText (not expressible in schema.prisma): whole terms, no stemming,
-- matched by lib/db/part-search.ts with the same expression.
CREATE INDEX "Part_searchText_fts_idx" ON "Part" USING GIN (to_tsvector('simple'::regconfig, "searchText"));
