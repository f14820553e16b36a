-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'MATCHING');

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "grade" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "QuizSettings" (
    "moduleId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "drawCount" INTEGER,
    "shuffle" BOOLEAN NOT NULL DEFAULT true,
    "timeLimitMinutes" INTEGER,
    "maxAttempts" INTEGER,
    "passPercent" INTEGER NOT NULL DEFAULT 70,
    "review" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "QuizSettings_pkey" PRIMARY KEY ("moduleId")
);

-- CreateTable
CREATE TABLE "QuizQuestion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "prompt" JSONB NOT NULL,
    "choices" JSONB NOT NULL DEFAULT '[]',
    "answer" JSONB NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,

    CONSTRAINT "QuizQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "layout" JSONB NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "responses" JSONB,
    "scorePercent" DOUBLE PRECISION,
    "passed" BOOLEAN,

    CONSTRAINT "QuizAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuizQuestion_moduleId_idx" ON "QuizQuestion"("moduleId");

-- CreateIndex
CREATE INDEX "QuizAttempt_tenantId_idx" ON "QuizAttempt"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_userId_moduleId_number_key" ON "QuizAttempt"("userId", "moduleId", "number");

-- CreateIndex
CREATE INDEX "EvaluationResponse_tenantId_idx" ON "EvaluationResponse"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationResponse_userId_moduleId_key" ON "EvaluationResponse"("userId", "moduleId");

-- AddForeignKey
ALTER TABLE "QuizSettings" ADD CONSTRAINT "QuizSettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSettings" ADD CONSTRAINT "QuizSettings_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestion" ADD CONSTRAINT "QuizQuestion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestion" ADD CONSTRAINT "QuizQuestion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Quiz settings and questions copy their course's owner, isCore and audience, and are read like modules.
CREATE TRIGGER quiz_settings_copy_course BEFORE INSERT OR UPDATE ON "QuizSettings"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE TRIGGER quiz_question_copy_course BEFORE INSERT OR UPDATE ON "QuizQuestion"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
-- One list of the tables that copy a course's audience, so a later table is one more name here.
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE copy_table text;
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    FOREACH copy_table IN ARRAY ARRAY['CourseTranslation', 'CourseSection', 'CourseModule', 'ScormPackage', 'ScormSco', 'QuizSettings', 'QuizQuestion'] LOOP
      EXECUTE format('UPDATE %I SET "audience" = $1 WHERE "courseId" = $2', copy_table) USING NEW."audience", NEW."id";
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;
SELECT rls_shared_catalogue('"QuizSettings"');
SELECT rls_shared_catalogue('"QuizQuestion"');
-- Attempts and evaluations belong to the learner's home tenant.
SELECT rls_tenant_isolation('"QuizAttempt"');
SELECT rls_tenant_isolation('"EvaluationResponse"');
