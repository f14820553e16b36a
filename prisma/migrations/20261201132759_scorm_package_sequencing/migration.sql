-- AlterTable
ALTER TABLE "ScormPackage" ADD COLUMN     "sequencing" JSONB;
