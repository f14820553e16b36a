-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TenantKind" AS ENUM ('WCO', 'ADMINISTRATION', 'ACADEMY');

-- CreateEnum
CREATE TYPE "WcoRegion" AS ENUM ('EAST_SOUTHERN_AFRICA', 'WEST_CENTRAL_AFRICA', 'NORTH_AFRICA_MIDDLE_EAST', 'ASIA_PACIFIC', 'EUROPE', 'AMERICAS_CARIBBEAN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LEARNER', 'NATIONAL_COORDINATOR', 'TENANT_ADMIN', 'WCO_ADMIN', 'COMPANY_MANAGER');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "CourseType" AS ENUM ('ELEARNING', 'WORKSHOP', 'RESOURCE', 'VCOA');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('CUSTOMS_ONLY', 'MEMBERS', 'PUBLIC');

-- CreateEnum
CREATE TYPE "CourseStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "TenantKind" NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "region" "WcoRegion",
    "spaceEnabled" BOOLEAN NOT NULL DEFAULT false,
    "displayName" TEXT,
    "primaryColor" TEXT,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "position" TEXT,
    "locale" TEXT,
    "roles" "Role"[] DEFAULT ARRAY['LEARNER']::"Role"[],
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "code" TEXT NOT NULL,
    "type" "CourseType" NOT NULL,
    "audience" "Audience" NOT NULL,
    "regions" "WcoRegion"[],
    "countries" TEXT[],
    "languages" TEXT[],
    "topics" TEXT[],
    "durationMinutes" INTEGER NOT NULL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "guestAccess" BOOLEAN NOT NULL DEFAULT false,
    "selfEnrolment" BOOLEAN NOT NULL DEFAULT true,
    "hasCertificate" BOOLEAN NOT NULL DEFAULT false,
    "status" "CourseStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseTranslation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "objectives" TEXT[],

    CONSTRAINT "CourseTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "slug" TEXT NOT NULL,
    "names" JSONB NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_countryCode_key" ON "Tenant"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_tenantId_lastName_firstName_idx" ON "User"("tenantId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Course_tenantId_status_idx" ON "Course"("tenantId", "status");

-- CreateIndex
CREATE INDEX "Course_isCore_status_audience_idx" ON "Course"("isCore", "status", "audience");

-- CreateIndex
CREATE UNIQUE INDEX "Course_tenantId_code_key" ON "Course"("tenantId", "code");

-- CreateIndex
CREATE INDEX "CourseTranslation_courseId_idx" ON "CourseTranslation"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseTranslation_tenantId_courseId_locale_key" ON "CourseTranslation"("tenantId", "courseId", "locale");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTranslation" ADD CONSTRAINT "CourseTranslation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseTranslation" ADD CONSTRAINT "CourseTranslation_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------
-- Row-level security (written by hand; see docs/decisions/0002-tenant-isolation.md).
-- The application connects as clikc_app (NOSUPERUSER NOBYPASSRLS). Every transaction of the data layer sets
--   app.tenant_id  the tenant whose data the request may touch (uuid);
--   app.audience   CUSTOMS for officers and WCO staff, PUBLIC for everyone else;
--   app.platform   'on' only inside the audited asPlatform() entry point (WCO console, jobs, sign-in).
-- A missing setting denies. Settings are read once per query through scalar sub-selects.
-- ---------------------------------------------------------------------------------------------------------

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clikc_app') THEN
    CREATE ROLE clikc_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO clikc_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "Tenant", "User", "Course", "CourseTranslation", "Topic", "RateLimitBucket" TO clikc_app;
-- Tables that later migrations create get the same privileges (row-level security still applies to them).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO clikc_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO clikc_app;

-- Every tenant-scoped table gets its policies from one of these two functions, in this migration and later
-- ones, so that no table can be protected differently by mistake.
CREATE FUNCTION rls_own_tenant_or_platform() RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT $q$("tenantId" = NULLIF((SELECT current_setting('app.tenant_id', true)), '')::uuid
             OR (SELECT current_setting('app.platform', true)) = 'on')$q$ $$;

/** Rows of one tenant only (learners' records, accounts, e-mail). */
CREATE FUNCTION rls_tenant_isolation(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING %s WITH CHECK %s', tbl, rls_own_tenant_or_platform(), rls_own_tenant_or_platform());
END
$$;

/**
 * Catalogue rows (with copied "isCore" and "audience"): the owner tenant reads and writes its own; core
 * rows are readable in every tenant's context, by viewers outside Customs only when PUBLIC. No tenant set:
 * nothing. Writes have their own policies, so reads are checked against one policy only.
 */
CREATE FUNCTION rls_shared_catalogue(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE own text := rls_own_tenant_or_platform();
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format($p$CREATE POLICY catalogue_read ON %s FOR SELECT USING (%s
    OR ("isCore" AND NULLIF((SELECT current_setting('app.tenant_id', true)), '') IS NOT NULL
        AND ("audience" = 'PUBLIC' OR (SELECT current_setting('app.audience', true)) = 'CUSTOMS')))$p$, tbl, own);
  EXECUTE format('CREATE POLICY catalogue_insert ON %s FOR INSERT WITH CHECK %s', tbl, own);
  EXECUTE format('CREATE POLICY catalogue_update ON %s FOR UPDATE USING %s WITH CHECK %s', tbl, own, own);
  EXECUTE format('CREATE POLICY catalogue_delete ON %s FOR DELETE USING %s', tbl, own);
END
$$;

SELECT rls_tenant_isolation('"User"');
SELECT rls_shared_catalogue('"Course"');
SELECT rls_shared_catalogue('"CourseTranslation"');

-- Translations copy their course's owner, isCore and audience, so their policies need no join.
CREATE FUNCTION course_translation_copy_course() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."tenantId", c."isCore", c."audience" INTO NEW."tenantId", NEW."isCore", NEW."audience"
    FROM "Course" c WHERE c."id" = NEW."courseId";
  RETURN NEW;
END
$$;
CREATE TRIGGER course_translation_copy_course BEFORE INSERT OR UPDATE ON "CourseTranslation"
  FOR EACH ROW EXECUTE FUNCTION course_translation_copy_course();

CREATE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience") THEN
    UPDATE "CourseTranslation" SET "audience" = NEW."audience" WHERE "courseId" = NEW."id";
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER course_propagate_to_translations AFTER UPDATE ON "Course"
  FOR EACH ROW EXECUTE FUNCTION course_propagate_to_translations();

-- A course is core exactly when the WCO tenant owns it.
CREATE FUNCTION course_derive_is_core() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."isCore" := EXISTS (SELECT 1 FROM "Tenant" t WHERE t."id" = NEW."tenantId" AND t."kind" = 'WCO');
  RETURN NEW;
END
$$;
CREATE TRIGGER course_derive_is_core BEFORE INSERT OR UPDATE ON "Course"
  FOR EACH ROW EXECUTE FUNCTION course_derive_is_core();
