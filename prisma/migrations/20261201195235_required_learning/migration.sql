-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assignedById" UUID,
ADD COLUMN     "dueReminderSentAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Enrolment_dueAt_idx" ON "Enrolment"("dueAt");
