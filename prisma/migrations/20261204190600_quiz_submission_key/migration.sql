-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "submissionKey" UUID;

-- Row-level security: the new column is in a table already under rls_tenant_isolation; nothing to add.
