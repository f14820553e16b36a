-- AlterEnum
ALTER TYPE "UserStatus" ADD VALUE 'DELETED';

-- CreateTable
CREATE TABLE "ScormPackage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileCount" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScormPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScormSco" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "packageId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "identifier" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ScormSco_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScormAttempt" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "scoId" UUID NOT NULL,
    "number" INTEGER NOT NULL DEFAULT 1,
    "cmi" JSONB NOT NULL DEFAULT '{}',
    "completionStatus" TEXT,
    "successStatus" TEXT,
    "scoreScaled" DOUBLE PRECISION,
    "scoreRaw" DOUBLE PRECISION,
    "location" TEXT,
    "suspendData" TEXT,
    "totalSeconds" INTEGER NOT NULL DEFAULT 0,
    "commitSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScormAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScormPackage_moduleId_key" ON "ScormPackage"("moduleId");

-- CreateIndex
CREATE INDEX "ScormPackage_courseId_idx" ON "ScormPackage"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "ScormSco_packageId_position_key" ON "ScormSco"("packageId", "position");

-- CreateIndex
CREATE INDEX "ScormAttempt_tenantId_idx" ON "ScormAttempt"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "ScormAttempt_userId_scoId_number_key" ON "ScormAttempt"("userId", "scoId", "number");

-- AddForeignKey
ALTER TABLE "ScormPackage" ADD CONSTRAINT "ScormPackage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormPackage" ADD CONSTRAINT "ScormPackage_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormSco" ADD CONSTRAINT "ScormSco_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormSco" ADD CONSTRAINT "ScormSco_packageId_fkey" FOREIGN KEY ("packageId") REFERENCES "ScormPackage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormAttempt" ADD CONSTRAINT "ScormAttempt_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormAttempt" ADD CONSTRAINT "ScormAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScormAttempt" ADD CONSTRAINT "ScormAttempt_scoId_fkey" FOREIGN KEY ("scoId") REFERENCES "ScormSco"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Packages and SCOs copy their course's owner, isCore and audience, like modules, and are read like them.
CREATE TRIGGER scorm_package_copy_course BEFORE INSERT OR UPDATE ON "ScormPackage"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE TRIGGER scorm_sco_copy_course BEFORE INSERT OR UPDATE ON "ScormSco"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    UPDATE "CourseTranslation" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
    UPDATE "CourseSection" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
    UPDATE "CourseModule" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
    UPDATE "ScormPackage" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
    UPDATE "ScormSco" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
  END IF;
  RETURN NEW;
END
$$;
SELECT rls_shared_catalogue('"ScormPackage"');
SELECT rls_shared_catalogue('"ScormSco"');
-- Attempts belong to the learner's home tenant.
SELECT rls_tenant_isolation('"ScormAttempt"');
