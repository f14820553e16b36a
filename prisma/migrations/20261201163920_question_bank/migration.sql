-- Questions belong to their course's bank: quizzes refer to them through slots (ADR 0030).
ALTER TABLE "QuizQuestion" ADD COLUMN     "categoryId" UUID,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "QuizCategory" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "QuizCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizQuestionVersion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "questionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "prompt" JSONB NOT NULL,
    "choices" JSONB NOT NULL DEFAULT '[]',
    "answer" JSONB NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QuizQuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizSlot" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "moduleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "questionId" UUID,
    "categoryId" UUID,
    "drawCount" INTEGER,

    CONSTRAINT "QuizSlot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuizCategory_courseId_idx" ON "QuizCategory"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizCategory_tenantId_courseId_name_key" ON "QuizCategory"("tenantId", "courseId", "name");

-- CreateIndex
CREATE INDEX "QuizQuestionVersion_courseId_idx" ON "QuizQuestionVersion"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "QuizQuestionVersion_questionId_version_key" ON "QuizQuestionVersion"("questionId", "version");

-- CreateIndex
CREATE INDEX "QuizSlot_moduleId_position_idx" ON "QuizSlot"("moduleId", "position");

-- CreateIndex
CREATE INDEX "QuizSlot_questionId_idx" ON "QuizSlot"("questionId");

-- CreateIndex
CREATE INDEX "QuizQuestion_courseId_idx" ON "QuizQuestion"("courseId");

-- AddForeignKey
ALTER TABLE "QuizCategory" ADD CONSTRAINT "QuizCategory_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizCategory" ADD CONSTRAINT "QuizCategory_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestion" ADD CONSTRAINT "QuizQuestion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestion" ADD CONSTRAINT "QuizQuestion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "QuizCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestionVersion" ADD CONSTRAINT "QuizQuestionVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestionVersion" ADD CONSTRAINT "QuizQuestionVersion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSlot" ADD CONSTRAINT "QuizSlot_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSlot" ADD CONSTRAINT "QuizSlot_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSlot" ADD CONSTRAINT "QuizSlot_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "QuizQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizSlot" ADD CONSTRAINT "QuizSlot_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "QuizCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing question moves into its course's bank, and its quiz keeps it at the same place: one slot
-- per question. Its version 1 is what attempts already answered were answered with.
INSERT INTO "QuizSlot" ("id", "tenantId", "courseId", "isCore", "audience", "moduleId", "position", "questionId")
  SELECT gen_random_uuid(), q."tenantId", q."courseId", q."isCore", q."audience", q."moduleId",
         (ROW_NUMBER() OVER (PARTITION BY q."moduleId" ORDER BY q."position", q."id") - 1)::int, q."id"
    FROM "QuizQuestion" q;
INSERT INTO "QuizQuestionVersion" ("id", "tenantId", "courseId", "isCore", "audience", "questionId", "version",
                                   "kind", "prompt", "choices", "answer", "points")
  SELECT gen_random_uuid(), q."tenantId", q."courseId", q."isCore", q."audience", q."id", 1,
         q."kind", q."prompt", q."choices", q."answer", q."points"
    FROM "QuizQuestion" q;

-- DropForeignKey
ALTER TABLE "QuizQuestion" DROP CONSTRAINT "QuizQuestion_moduleId_fkey";

-- DropIndex
DROP INDEX "QuizQuestion_moduleId_idx";

-- AlterTable
ALTER TABLE "QuizQuestion" DROP COLUMN "moduleId",
DROP COLUMN "position";

-- Categories, versions and slots copy their course's owner, isCore and audience, and are read like modules.
CREATE TRIGGER quiz_category_copy_course BEFORE INSERT OR UPDATE ON "QuizCategory"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE TRIGGER quiz_question_version_copy_course BEFORE INSERT OR UPDATE ON "QuizQuestionVersion"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE TRIGGER quiz_slot_copy_course BEFORE INSERT OR UPDATE ON "QuizSlot"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE copy_table text;
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    FOREACH copy_table IN ARRAY ARRAY['CourseTranslation', 'CourseSection', 'CourseModule', 'ScormPackage', 'ScormSco', 'QuizSettings', 'QuizQuestion', 'WorkshopSession', 'StoreProductCourse', 'ScormSettings', 'ModuleContent', 'QuizCategory', 'QuizQuestionVersion', 'QuizSlot'] LOOP
      EXECUTE format('UPDATE %I SET "audience" = $1 WHERE "courseId" = $2', copy_table) USING NEW."audience", NEW."id";
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;
SELECT rls_shared_catalogue('"QuizCategory"');
SELECT rls_shared_catalogue('"QuizQuestionVersion"');
SELECT rls_shared_catalogue('"QuizSlot"');
