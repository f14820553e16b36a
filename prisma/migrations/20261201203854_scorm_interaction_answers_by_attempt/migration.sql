-- DropIndex
DROP INDEX "ScormInteraction_tenantId_scoId_idx";

-- CreateIndex
CREATE INDEX "ScormInteraction_tenantId_scoId_attemptId_idx" ON "ScormInteraction"("tenantId", "scoId", "attemptId");
