-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DENIED');

-- CreateTable
CREATE TABLE "EnrolmentRequest" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "EnrolmentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EnrolmentRequest_tenantId_status_requestedAt_idx" ON "EnrolmentRequest"("tenantId", "status", "requestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnrolmentRequest_userId_courseId_key" ON "EnrolmentRequest"("userId", "courseId");

-- AddForeignKey
ALTER TABLE "EnrolmentRequest" ADD CONSTRAINT "EnrolmentRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrolmentRequest" ADD CONSTRAINT "EnrolmentRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrolmentRequest" ADD CONSTRAINT "EnrolmentRequest_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;
SELECT rls_tenant_isolation('"EnrolmentRequest"');
