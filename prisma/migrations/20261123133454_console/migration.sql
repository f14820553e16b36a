-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "accentColor" TEXT;

-- CreateTable
CREATE TABLE "TenantLogo" (
    "tenantId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantLogo_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "TenantLogo" ADD CONSTRAINT "TenantLogo_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log belongs to the tenant it concerns, and the application can only add to it.
SELECT rls_tenant_isolation('"AuditEvent"');

-- Logos are public branding, read with the tenant registry on every request; only their tenant (or the
-- platform) writes them.
ALTER TABLE "TenantLogo" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TenantLogo" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_logo_read ON "TenantLogo" FOR SELECT USING (true);
DO $$
DECLARE own text := rls_own_tenant_or_platform();
BEGIN
  EXECUTE format('CREATE POLICY tenant_logo_insert ON "TenantLogo" FOR INSERT WITH CHECK %s', own);
  EXECUTE format('CREATE POLICY tenant_logo_update ON "TenantLogo" FOR UPDATE USING %s WITH CHECK %s', own, own);
  EXECUTE format('CREATE POLICY tenant_logo_delete ON "TenantLogo" FOR DELETE USING %s', own);
END
$$;
REVOKE UPDATE, DELETE ON "AuditEvent" FROM clikc_app;
