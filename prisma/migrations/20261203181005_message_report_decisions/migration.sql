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

-- The alerts of the reports made before this migration lead to the reviewers' page and are marked done with the
-- decision, like the new ones: each is matched to its report by tenant, names and text.
UPDATE "Alert" a
SET "actionKey" = 'MessageReport:' || r."id", "href" = '/team/reported-messages'
FROM "MessageReport" r
WHERE a."kind" = 'messageReport'
  AND a."actionKey" IS NULL
  AND a."tenantId" = r."tenantId"
  AND a."params" ->> 'reporter' = r."reporterName"
  AND a."params" ->> 'author' = r."authorName"
  AND a."params" ->> 'message' = r."body";
