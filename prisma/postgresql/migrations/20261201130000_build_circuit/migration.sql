-- AlterTable
ALTER TABLE "Build" ADD COLUMN "circuit" TEXT;
