-- CreateIndex
CREATE INDEX "ScormAttempt_scoId_tenantId_idx" ON "ScormAttempt"("scoId", "tenantId");
