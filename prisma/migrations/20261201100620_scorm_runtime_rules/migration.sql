-- AlterTable
ALTER TABLE "ScormSco" ADD COLUMN     "runtime" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ScormAttempt" ADD COLUMN     "exitMode" TEXT,
ADD COLUMN     "priorSeconds" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sessionId" TEXT,
ADD COLUMN     "sessionSeconds" INTEGER NOT NULL DEFAULT 0;
