-- CreateEnum
CREATE TYPE "MessageReportDecision" AS ENUM ('REMOVED', 'DISMISSED');

-- AlterTable
ALTER TABLE "ConversationMessage" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "MessageReport" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" UUID,
ADD COLUMN     "decidedByName" TEXT,
ADD COLUMN     "decision" "MessageReportDecision";

-- Row-level security: the new columns are in tables already under rls_tenant_isolation (ADR 0047); nothing to add.
