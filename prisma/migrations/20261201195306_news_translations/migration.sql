-- A news item is translated in place: its title and text move to one row per language, and the language it was
-- written in becomes its original language, which readers see where a translation is missing.

-- CreateTable
CREATE TABLE "NewsTranslation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "newsId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "NewsTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsTranslation_tenantId_newsId_locale_key" ON "NewsTranslation"("tenantId", "newsId", "locale");

-- AddForeignKey
ALTER TABLE "NewsTranslation" ADD CONSTRAINT "NewsTranslation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsTranslation" ADD CONSTRAINT "NewsTranslation_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing item keeps its text as its one translation, in the language it was written in.
INSERT INTO "NewsTranslation" ("id", "tenantId", "newsId", "locale", "title", "body")
  SELECT gen_random_uuid(), n."tenantId", n."id", n."locale", n."title", n."body" FROM "NewsItem" n;

-- DropIndex
DROP INDEX "NewsItem_tenantId_locale_publishedAt_idx";

-- AlterTable
ALTER TABLE "NewsItem" RENAME COLUMN "locale" TO "originalLocale";
ALTER TABLE "NewsItem" DROP COLUMN "body",
DROP COLUMN "title";

-- CreateIndex
CREATE INDEX "NewsItem_tenantId_publishedAt_idx" ON "NewsItem"("tenantId", "publishedAt");

-- Row-level security: a news item's translations belong to its site's tenant, as the item does.
SELECT rls_tenant_isolation('"NewsTranslation"');
