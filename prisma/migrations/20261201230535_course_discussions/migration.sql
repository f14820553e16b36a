-- CreateTable
CREATE TABLE "DiscussionThread" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "authorId" UUID,
    "authorName" TEXT NOT NULL,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastPostAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscussionThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionPost" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "threadId" UUID NOT NULL,
    "authorId" UUID,
    "authorTenantId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorPlace" TEXT NOT NULL,
    "byTutor" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "DiscussionPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionSubscription" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "threadId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "userTenantId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscussionSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscussionReport" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "postId" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscussionReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseTutor" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "userId" UUID NOT NULL,
    "userTenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "namedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseTutor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DiscussionThread_tenantId_courseId_pinned_lastPostAt_idx" ON "DiscussionThread"("tenantId", "courseId", "pinned", "lastPostAt");

-- CreateIndex
CREATE INDEX "DiscussionPost_tenantId_threadId_createdAt_idx" ON "DiscussionPost"("tenantId", "threadId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DiscussionSubscription_tenantId_threadId_userId_key" ON "DiscussionSubscription"("tenantId", "threadId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "DiscussionReport_tenantId_postId_reporterId_key" ON "DiscussionReport"("tenantId", "postId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseTutor_tenantId_courseId_userId_key" ON "CourseTutor"("tenantId", "courseId", "userId");

-- AddForeignKey
ALTER TABLE "DiscussionPost" ADD CONSTRAINT "DiscussionPost_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "DiscussionThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionSubscription" ADD CONSTRAINT "DiscussionSubscription_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "DiscussionThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscussionReport" ADD CONSTRAINT "DiscussionReport_postId_fkey" FOREIGN KEY ("postId") REFERENCES "DiscussionPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security of the discussion spaces (ADR 0046). A row is its tenant's, like any other; a shared row
-- (a core course's Customs space, owned by the WCO tenant) is also read and written in every Customs context,
-- never in a PUBLIC one (visitors, Academy learners). "shared" is not the writer's to choose: the trigger
-- derives it from the course, so only rows of a core course in the WCO's tenant can be shared.
CREATE FUNCTION rls_discussion_space(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE rule text := format($r$(%s OR ("shared" AND NULLIF((SELECT current_setting('app.tenant_id', true)), '') IS NOT NULL
    AND (SELECT current_setting('app.audience', true)) = 'CUSTOMS'))$r$, rls_own_tenant_or_platform());
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY discussion_space ON %s USING %s WITH CHECK %s', tbl, rule, rule);
  EXECUTE format('CREATE TRIGGER discussion_derive_shared BEFORE INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION discussion_derive_shared()', tbl);
END
$$;

CREATE FUNCTION discussion_derive_shared() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."shared" := EXISTS (SELECT 1 FROM "Course" c WHERE c."id" = NEW."courseId" AND c."isCore" AND c."tenantId" = NEW."tenantId");
  RETURN NEW;
END
$$;

SELECT rls_discussion_space('"DiscussionThread"');
SELECT rls_discussion_space('"DiscussionPost"');
SELECT rls_discussion_space('"DiscussionSubscription"');
SELECT rls_discussion_space('"DiscussionReport"');
SELECT rls_discussion_space('"CourseTutor"');
