-- CreateTable
CREATE TABLE "LanguageModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "license" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "paramsTotalMillions" INTEGER NOT NULL,
    "paramsActiveMillions" INTEGER NOT NULL,
    "layers" INTEGER NOT NULL,
    "contextMax" INTEGER NOT NULL,
    "popular" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    "facts" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "LanguageModel_position_idx" ON "LanguageModel"("position");
