-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailOptOuts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "SavedSearch" ADD COLUMN     "isDefault" BOOLEAN NOT NULL DEFAULT false;
