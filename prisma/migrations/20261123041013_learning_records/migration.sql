-- CreateEnum
CREATE TYPE "ModuleKind" AS ENUM ('SCORM', 'VIDEO', 'RESOURCE', 'QUIZ', 'EVALUATION');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('IN_PROGRESS', 'COMPLETED');

-- AlterTable
ALTER TABLE "CourseTranslation" ADD COLUMN     "searchVector" tsvector;

-- CreateTable
CREATE TABLE "CourseModule" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ModuleKind" NOT NULL,
    "title" JSONB NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CourseModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "progressPercent" INTEGER NOT NULL DEFAULT 0,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastVisitedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModuleCompletion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModuleCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CourseModule_courseId_idx" ON "CourseModule"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseModule_tenantId_courseId_position_key" ON "CourseModule"("tenantId", "courseId", "position");

-- CreateIndex
CREATE INDEX "Enrolment_tenantId_courseId_idx" ON "Enrolment"("tenantId", "courseId");

-- CreateIndex
CREATE INDEX "Enrolment_tenantId_userId_lastVisitedAt_idx" ON "Enrolment"("tenantId", "userId", "lastVisitedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_tenantId_userId_courseId_key" ON "Enrolment"("tenantId", "userId", "courseId");

-- CreateIndex
CREATE UNIQUE INDEX "ModuleCompletion_tenantId_userId_moduleId_key" ON "ModuleCompletion"("tenantId", "userId", "moduleId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_tenantId_userId_name_key" ON "SavedSearch"("tenantId", "userId", "name");

-- AddForeignKey
ALTER TABLE "CourseModule" ADD CONSTRAINT "CourseModule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseModule" ADD CONSTRAINT "CourseModule_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleCompletion" ADD CONSTRAINT "ModuleCompletion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleCompletion" ADD CONSTRAINT "ModuleCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleCompletion" ADD CONSTRAINT "ModuleCompletion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------
-- Full-text search over course texts in every language, accent-insensitive. Each translation's document
-- holds its words twice: as written (simple configuration, so any language's exact word matches) and
-- stemmed in the translation's own language; queries combine both (lib/catalogue/search-courses.ts).
-- ---------------------------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads a dictionary); with the dictionary named it is safe to index.
CREATE FUNCTION immutable_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE FUNCTION locale_search_config(locale text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (CASE split_part(locale, '-', 1)
    WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' WHEN 'pt' THEN 'portuguese'
    WHEN 'ru' THEN 'russian' WHEN 'ar' THEN 'arabic' ELSE 'simple' END)::regconfig $$;

CREATE FUNCTION search_document(locale text, title text, summary text, topics text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', immutable_unaccent(coalesce(title, ''))), 'A')
      || setweight(to_tsvector(locale_search_config(locale), immutable_unaccent(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('simple', immutable_unaccent(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector(locale_search_config(locale), immutable_unaccent(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector('simple', immutable_unaccent(coalesce(topics, ''))), 'C')
      || setweight(to_tsvector(locale_search_config(locale), immutable_unaccent(coalesce(topics, ''))), 'C') $$;

CREATE FUNCTION course_translation_search() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE topic_names text;
BEGIN
  SELECT string_agg(coalesce(t."names" ->> NEW."locale", t."names" ->> 'en'), ' ') INTO topic_names
    FROM "Course" c JOIN "Topic" t ON t."slug" = ANY (c."topics") WHERE c."id" = NEW."courseId";
  NEW."searchVector" := search_document(NEW."locale", NEW."title", NEW."summary", topic_names);
  RETURN NEW;
END
$$;
-- Runs after course_translation_copy_course (triggers fire in name order).
CREATE TRIGGER course_translation_search BEFORE INSERT OR UPDATE ON "CourseTranslation"
  FOR EACH ROW EXECUTE FUNCTION course_translation_search();

CREATE INDEX "CourseTranslation_searchVector_idx" ON "CourseTranslation" USING GIN ("searchVector");
UPDATE "CourseTranslation" SET "title" = "title";

-- Modules copy their course's owner, isCore and audience, like translations.
CREATE FUNCTION course_module_copy_course() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."tenantId", c."isCore", c."audience" INTO NEW."tenantId", NEW."isCore", NEW."audience"
    FROM "Course" c WHERE c."id" = NEW."courseId";
  RETURN NEW;
END
$$;
CREATE TRIGGER course_module_copy_course BEFORE INSERT OR UPDATE ON "CourseModule"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();

-- A course's changes reach the copies on its translations and modules, and its topics the search documents.
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    UPDATE "CourseTranslation" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
    UPDATE "CourseModule" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
  END IF;
  RETURN NEW;
END
$$;

-- Row-level security: modules read like courses; learner records belong to the learner's home tenant.
SELECT rls_shared_catalogue('"CourseModule"');
SELECT rls_tenant_isolation('"Enrolment"');
SELECT rls_tenant_isolation('"ModuleCompletion"');
SELECT rls_tenant_isolation('"SavedSearch"');
