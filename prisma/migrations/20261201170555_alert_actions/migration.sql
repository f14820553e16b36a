-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "actionKey" TEXT,
ADD COLUMN     "doneAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Alert_tenantId_actionKey_idx" ON "Alert"("tenantId", "actionKey");
