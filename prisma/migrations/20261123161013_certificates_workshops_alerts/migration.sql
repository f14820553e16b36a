-- CreateEnum
CREATE TYPE "WorkshopApplicationStatus" AS ENUM ('PENDING', 'DENIED', 'ACCEPTED', 'SUBMITTED', 'SELECTED', 'WAITING_LIST', 'NOT_SELECTED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "signatoryName" TEXT,
ADD COLUMN     "signatoryTitle" TEXT;

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "workshopForm" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "cycle" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "cycleStartedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "TenantSignature" (
    "tenantId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantSignature_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "cycle" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "courseTitle" TEXT NOT NULL,
    "grade" DOUBLE PRECISION,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "signatoryName" TEXT NOT NULL,
    "issuerTenantId" UUID,
    "issuerSignatoryName" TEXT,
    "issuerSignatoryTitle" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedById" UUID,
    "revocationReason" TEXT,
    "replacedAt" TIMESTAMP(3),
    "expiryReminderSentAt" TIMESTAMP(3),

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopSession" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER NOT NULL,
    "applicationsCloseAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopApplication" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "status" "WorkshopApplicationStatus" NOT NULL DEFAULT 'PENDING',
    "answers" JSONB,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "coordinatorId" UUID,
    "coordinatorDecidedAt" TIMESTAMP(3),
    "coordinatorReason" TEXT,
    "informationGivenAt" TIMESTAMP(3),
    "selectorId" UUID,
    "selectedAt" TIMESTAMP(3),
    "waitingListPosition" INTEGER,
    "reminderSentAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "href" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_tenantId_userId_issuedAt_idx" ON "Certificate"("tenantId", "userId", "issuedAt");

-- CreateIndex
CREATE INDEX "Certificate_expiresAt_idx" ON "Certificate"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_tenantId_userId_courseId_cycle_key" ON "Certificate"("tenantId", "userId", "courseId", "cycle");

-- CreateIndex
CREATE INDEX "WorkshopSession_courseId_startsAt_idx" ON "WorkshopSession"("courseId", "startsAt");

-- CreateIndex
CREATE INDEX "WorkshopApplication_tenantId_status_appliedAt_idx" ON "WorkshopApplication"("tenantId", "status", "appliedAt");

-- CreateIndex
CREATE INDEX "WorkshopApplication_sessionId_status_idx" ON "WorkshopApplication"("sessionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopApplication_tenantId_userId_sessionId_key" ON "WorkshopApplication"("tenantId", "userId", "sessionId");

-- CreateIndex
CREATE INDEX "Alert_tenantId_userId_createdAt_idx" ON "Alert"("tenantId", "userId", "createdAt");

-- AddForeignKey
ALTER TABLE "TenantSignature" ADD CONSTRAINT "TenantSignature_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopSession" ADD CONSTRAINT "WorkshopSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopApplication" ADD CONSTRAINT "WorkshopApplication_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopApplication" ADD CONSTRAINT "WorkshopApplication_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopApplication" ADD CONSTRAINT "WorkshopApplication_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopApplication" ADD CONSTRAINT "WorkshopApplication_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "WorkshopSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Workshop sessions copy their course's owner, isCore and audience, and are read like modules.
CREATE TRIGGER workshop_session_copy_course BEFORE INSERT OR UPDATE ON "WorkshopSession"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE copy_table text;
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    FOREACH copy_table IN ARRAY ARRAY['CourseTranslation', 'CourseSection', 'CourseModule', 'ScormPackage', 'ScormSco', 'QuizSettings', 'QuizQuestion', 'WorkshopSession'] LOOP
      EXECUTE format('UPDATE %I SET "audience" = $1 WHERE "courseId" = $2', copy_table) USING NEW."audience", NEW."id";
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;
SELECT rls_shared_catalogue('"WorkshopSession"');
-- Certificates, applications and alerts belong to the learner's home tenant.
SELECT rls_tenant_isolation('"Certificate"');
SELECT rls_tenant_isolation('"WorkshopApplication"');
SELECT rls_tenant_isolation('"Alert"');
-- An administration's signature image is read and written only inside it (certificates render in its context).
SELECT rls_tenant_isolation('"TenantSignature"');
