-- AlterEnum
ALTER TYPE "ModuleKind" ADD VALUE 'PAGE';

-- CreateTable
CREATE TABLE "ModuleContent" (
    "moduleId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "storageKey" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "bytes" INTEGER,
    "durationSeconds" DOUBLE PRECISION,
    "watchPercent" INTEGER NOT NULL DEFAULT 80,
    "captions" TEXT[],
    "url" TEXT,
    "body" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModuleContent_pkey" PRIMARY KEY ("moduleId")
);

-- CreateTable
CREATE TABLE "VideoProgress" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "segments" JSONB NOT NULL DEFAULT '[]',
    "watchedSeconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "positionSeconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VideoProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModuleContent_tenantId_courseId_idx" ON "ModuleContent"("tenantId", "courseId");

-- CreateIndex
CREATE INDEX "ModuleContent_storageKey_idx" ON "ModuleContent"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "VideoProgress_tenantId_userId_moduleId_key" ON "VideoProgress"("tenantId", "userId", "moduleId");

-- AddForeignKey
ALTER TABLE "ModuleContent" ADD CONSTRAINT "ModuleContent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleContent" ADD CONSTRAINT "ModuleContent_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoProgress" ADD CONSTRAINT "VideoProgress_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoProgress" ADD CONSTRAINT "VideoProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoProgress" ADD CONSTRAINT "VideoProgress_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A module's content copies its course's owner, isCore and audience, and is read like modules.
CREATE TRIGGER module_content_copy_course BEFORE INSERT OR UPDATE ON "ModuleContent"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE copy_table text;
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    FOREACH copy_table IN ARRAY ARRAY['CourseTranslation', 'CourseSection', 'CourseModule', 'ScormPackage', 'ScormSco', 'QuizSettings', 'QuizQuestion', 'WorkshopSession', 'StoreProductCourse', 'ModuleContent'] LOOP
      EXECUTE format('UPDATE %I SET "audience" = $1 WHERE "courseId" = $2', copy_table) USING NEW."audience", NEW."id";
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;
SELECT rls_shared_catalogue('"ModuleContent"');
-- What a learner watched belongs to her home tenant.
SELECT rls_tenant_isolation('"VideoProgress"');
