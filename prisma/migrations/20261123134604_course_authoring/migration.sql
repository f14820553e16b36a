-- Certificates may expire.
ALTER TABLE "Course" ADD COLUMN     "certificateValidityMonths" INTEGER;

-- Sections group a course's modules.
CREATE TABLE "CourseSection" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" JSONB NOT NULL,

    CONSTRAINT "CourseSection_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "CourseSection_courseId_idx" ON "CourseSection"("courseId");
ALTER TABLE "CourseSection" ADD CONSTRAINT "CourseSection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CourseSection" ADD CONSTRAINT "CourseSection_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sections copy their course's owner, isCore and audience, like modules (the same trigger function).
CREATE TRIGGER course_section_copy_course BEFORE INSERT OR UPDATE ON "CourseSection"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    UPDATE "CourseTranslation" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
    UPDATE "CourseSection" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
    UPDATE "CourseModule" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
  END IF;
  RETURN NEW;
END
$$;

-- Existing modules go into one section per course.
ALTER TABLE "CourseModule" ADD COLUMN     "sectionId" UUID;
INSERT INTO "CourseSection" ("id", "tenantId", "courseId", "audience", "position", "title")
  SELECT gen_random_uuid(), c."tenantId", c."id", c."audience", 0,
         '{"en": "Course content", "fr": "Contenu du cours", "es": "Contenido del curso", "pt": "Conteúdo do curso", "pt-BR": "Conteúdo do curso", "ru": "Содержание курса", "ar": "محتوى الدورة"}'::jsonb
  FROM "Course" c WHERE EXISTS (SELECT 1 FROM "CourseModule" m WHERE m."courseId" = c."id");
UPDATE "CourseModule" m SET "sectionId" = s."id" FROM "CourseSection" s WHERE s."courseId" = m."courseId";
ALTER TABLE "CourseModule" ALTER COLUMN "sectionId" SET NOT NULL;
ALTER TABLE "CourseModule" ADD CONSTRAINT "CourseModule_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "CourseSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT rls_shared_catalogue('"CourseSection"');
