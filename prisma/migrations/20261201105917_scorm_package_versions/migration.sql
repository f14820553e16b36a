-- DropIndex
DROP INDEX "ScormPackage_moduleId_key";

-- AlterTable
ALTER TABLE "ScormPackage" ADD COLUMN     "number" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "replacedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "ScormPackage_moduleId_number_key" ON "ScormPackage"("moduleId", "number");

-- At most one current version per module.
CREATE UNIQUE INDEX "ScormPackage_current_per_module" ON "ScormPackage"("moduleId") WHERE "replacedAt" IS NULL;
