-- CreateTable
CREATE TABLE "Part" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "brand" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "priceCents" INTEGER,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "releaseYear" INTEGER,
    "source" TEXT NOT NULL,
    "externalId" TEXT,
    "sourceUrl" TEXT,
    "specs" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Part_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Build" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "shippingCents" INTEGER NOT NULL DEFAULT 0,
    "taxMilliPct" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "editTokenHash" TEXT NOT NULL,
    "forkedFromId" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Build_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BuildItem" (
    "id" TEXT NOT NULL,
    "buildId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "partId" TEXT,
    "customName" TEXT,
    "customCategory" TEXT,
    "customSpecs" TEXT,
    "quantity" INTEGER NOT NULL,
    "priceCents" INTEGER,
    "discountCents" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BuildItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Part_category_priceCents_idx" ON "Part"("category", "priceCents");

-- CreateIndex
CREATE INDEX "Part_category_model_idx" ON "Part"("category", "model");

-- CreateIndex
CREATE UNIQUE INDEX "Part_source_externalId_key" ON "Part"("source", "externalId");

-- CreateIndex
CREATE INDEX "Build_isExample_idx" ON "Build"("isExample");

-- CreateIndex
CREATE INDEX "BuildItem_buildId_position_idx" ON "BuildItem"("buildId", "position");

-- CreateIndex
CREATE INDEX "BuildItem_partId_idx" ON "BuildItem"("partId");

-- AddForeignKey
ALTER TABLE "BuildItem" ADD CONSTRAINT "BuildItem_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "Build"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuildItem" ADD CONSTRAINT "BuildItem_partId_fkey" FOREIGN KEY ("partId") REFERENCES "Part"("id") ON DELETE SET NULL ON UPDATE CASCADE;
