-- CreateEnum
CREATE TYPE "ScormGrading" AS ENUM ('HIGHEST', 'LAST', 'FIRST', 'AVERAGE');

-- CreateTable
CREATE TABLE "ScormSettings" (
    "moduleId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "maxAttempts" INTEGER,
    "grading" "ScormGrading" NOT NULL DEFAULT 'HIGHEST',
    "newAttemptAfterCompletion" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ScormSettings_pkey" PRIMARY KEY ("moduleId")
);

-- AddForeignKey
ALTER TABLE "ScormSettings" ADD CONSTRAINT "ScormSettings_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormSettings" ADD CONSTRAINT "ScormSettings_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- SCORM settings copy their course's owner, isCore and audience, and are read like modules.
CREATE TRIGGER scorm_settings_copy_course BEFORE INSERT OR UPDATE ON "ScormSettings"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE copy_table text;
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    FOREACH copy_table IN ARRAY ARRAY['CourseTranslation', 'CourseSection', 'CourseModule', 'ScormPackage', 'ScormSco', 'QuizSettings', 'QuizQuestion', 'WorkshopSession', 'StoreProductCourse', 'ScormSettings'] LOOP
      EXECUTE format('UPDATE %I SET "audience" = $1 WHERE "courseId" = $2', copy_table) USING NEW."audience", NEW."id";
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;
SELECT rls_shared_catalogue('"ScormSettings"');
