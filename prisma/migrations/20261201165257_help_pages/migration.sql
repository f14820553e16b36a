-- CreateEnum
CREATE TYPE "HelpPageKind" AS ENUM ('FAQ', 'HELP');

-- CreateTable
CREATE TABLE "HelpPage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "kind" "HelpPageKind" NOT NULL,
    "locale" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HelpPage_tenantId_kind_locale_key" ON "HelpPage"("tenantId", "kind", "locale");

-- AddForeignKey
ALTER TABLE "HelpPage" ADD CONSTRAINT "HelpPage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security: a site's help pages belong to its tenant (read across tenants only through the named
-- platform access of the public page, which falls back to the root site's).
SELECT rls_tenant_isolation('"HelpPage"');
