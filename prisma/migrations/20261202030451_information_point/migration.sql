-- CreateTable
CREATE TABLE "InfoPointAnnouncement" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "originalLocale" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoPointAnnouncement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoPointAnnouncementText" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "announcementId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "InfoPointAnnouncementText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoPointDocument" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "originalLocale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoPointDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoPointDocumentTitle" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "InfoPointDocumentTitle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoPointDocumentVersion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoPointDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InfoPointAnnouncement_tenantId_publishedAt_idx" ON "InfoPointAnnouncement"("tenantId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InfoPointAnnouncementText_tenantId_announcementId_locale_key" ON "InfoPointAnnouncementText"("tenantId", "announcementId", "locale");

-- CreateIndex
CREATE INDEX "InfoPointDocument_tenantId_updatedAt_idx" ON "InfoPointDocument"("tenantId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InfoPointDocumentTitle_tenantId_documentId_locale_key" ON "InfoPointDocumentTitle"("tenantId", "documentId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "InfoPointDocumentVersion_tenantId_documentId_number_key" ON "InfoPointDocumentVersion"("tenantId", "documentId", "number");

-- AddForeignKey
ALTER TABLE "InfoPointAnnouncementText" ADD CONSTRAINT "InfoPointAnnouncementText_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "InfoPointAnnouncement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPointDocumentTitle" ADD CONSTRAINT "InfoPointDocumentTitle_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "InfoPointDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoPointDocumentVersion" ADD CONSTRAINT "InfoPointDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "InfoPointDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security of the National Coordinators' information point (ADR 0048). Its rows belong to the WCO's
-- tenant: that tenant (WCO staff) writes them, every Customs context reads them (which viewers may open the
-- pages is the application's permission, infoPoint.read); a PUBLIC context (visitors, the Academy) reads none.
-- An administration's context can read but never insert, change or delete a row.
CREATE FUNCTION rls_information_point(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE own text := rls_own_tenant_or_platform();
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY information_point_own ON %s USING %s WITH CHECK %s', tbl, own, own);
  EXECUTE format($p$CREATE POLICY information_point_read ON %s FOR SELECT USING (
    NULLIF((SELECT current_setting('app.tenant_id', true)), '') IS NOT NULL
    AND (SELECT current_setting('app.audience', true)) = 'CUSTOMS')$p$, tbl);
END
$$;

SELECT rls_information_point('"InfoPointAnnouncement"');
SELECT rls_information_point('"InfoPointAnnouncementText"');
SELECT rls_information_point('"InfoPointDocument"');
SELECT rls_information_point('"InfoPointDocumentTitle"');
SELECT rls_information_point('"InfoPointDocumentVersion"');

-- The information point's discussion is a discussion space that is not a course (ADR 0048): its rows name the
-- WCO's tenant and the fixed space id below in "courseId", and are shared like a core course's Customs space.
-- No course has this id (ids are random version 4 UUIDs; this one is version 0).
CREATE OR REPLACE FUNCTION discussion_derive_shared() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."shared" := EXISTS (SELECT 1 FROM "Course" c WHERE c."id" = NEW."courseId" AND c."isCore" AND c."tenantId" = NEW."tenantId")
    OR (NEW."courseId" = '00000000-0000-0000-0000-00000000c0de'::uuid
        AND EXISTS (SELECT 1 FROM "Tenant" t WHERE t."id" = NEW."tenantId" AND t."kind" = 'WCO'));
  RETURN NEW;
END
$$;
