-- CreateEnum
CREATE TYPE "StoreProductKind" AS ENUM ('COURSE', 'BUNDLE', 'SUBSCRIPTION');

-- CreateEnum
CREATE TYPE "StoreOrderStatus" AS ENUM ('PENDING', 'PAID', 'REFUNDED', 'PAYMENT_FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StoreAccessSource" AS ENUM ('PURCHASE', 'SEAT');

-- CreateTable
CREATE TABLE "StoreProduct" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "kind" "StoreProductKind" NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL DEFAULT '{}',
    "prices" JSONB NOT NULL,
    "periodMonths" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoreProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreProductCourse" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "isCore" BOOLEAN NOT NULL DEFAULT false,
    "audience" "Audience" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StoreProductCourse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreOrder" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "seats" INTEGER,
    "seatPoolId" UUID,
    "currency" TEXT NOT NULL,
    "amountSubtotal" INTEGER NOT NULL,
    "amountTotal" INTEGER,
    "amountDiscount" INTEGER NOT NULL DEFAULT 0,
    "status" "StoreOrderStatus" NOT NULL DEFAULT 'PENDING',
    "stripeSessionId" TEXT,
    "stripePaymentIntentId" TEXT,
    "stripeSubscriptionId" TEXT,
    "paidAt" TIMESTAMP(3),
    "periodEndsAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoreOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreAccess" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "source" "StoreAccessSource" NOT NULL,
    "orderId" UUID,
    "seatId" UUID,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoreAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreSeatPool" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "managerId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "seatsBought" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoreSeatPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreSeat" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "poolId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "userId" UUID,
    "tokenHash" TEXT,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "releasedAt" TIMESTAMP(3),

    CONSTRAINT "StoreSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoreWebhookEvent" (
    "id" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "StoreWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoreProduct_tenantId_active_kind_idx" ON "StoreProduct"("tenantId", "active", "kind");

-- CreateIndex
CREATE INDEX "StoreProductCourse_courseId_idx" ON "StoreProductCourse"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "StoreProductCourse_productId_courseId_key" ON "StoreProductCourse"("productId", "courseId");

-- CreateIndex
CREATE UNIQUE INDEX "StoreOrder_number_key" ON "StoreOrder"("number");

-- CreateIndex
CREATE UNIQUE INDEX "StoreOrder_stripeSessionId_key" ON "StoreOrder"("stripeSessionId");

-- CreateIndex
CREATE INDEX "StoreOrder_tenantId_userId_createdAt_idx" ON "StoreOrder"("tenantId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "StoreOrder_stripeSubscriptionId_idx" ON "StoreOrder"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "StoreOrder_stripePaymentIntentId_idx" ON "StoreOrder"("stripePaymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "StoreAccess_orderId_key" ON "StoreAccess"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "StoreAccess_seatId_key" ON "StoreAccess"("seatId");

-- CreateIndex
CREATE INDEX "StoreAccess_tenantId_userId_idx" ON "StoreAccess"("tenantId", "userId");

-- CreateIndex
CREATE INDEX "StoreAccess_productId_userId_idx" ON "StoreAccess"("productId", "userId");

-- CreateIndex
CREATE INDEX "StoreSeatPool_tenantId_managerId_idx" ON "StoreSeatPool"("tenantId", "managerId");

-- CreateIndex
CREATE UNIQUE INDEX "StoreSeat_tokenHash_key" ON "StoreSeat"("tokenHash");

-- CreateIndex
CREATE INDEX "StoreSeat_tenantId_poolId_invitedAt_idx" ON "StoreSeat"("tenantId", "poolId", "invitedAt");

-- AddForeignKey
ALTER TABLE "StoreProduct" ADD CONSTRAINT "StoreProduct_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreProductCourse" ADD CONSTRAINT "StoreProductCourse_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreProductCourse" ADD CONSTRAINT "StoreProductCourse_productId_fkey" FOREIGN KEY ("productId") REFERENCES "StoreProduct"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreProductCourse" ADD CONSTRAINT "StoreProductCourse_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreOrder" ADD CONSTRAINT "StoreOrder_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreOrder" ADD CONSTRAINT "StoreOrder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreOrder" ADD CONSTRAINT "StoreOrder_productId_fkey" FOREIGN KEY ("productId") REFERENCES "StoreProduct"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreOrder" ADD CONSTRAINT "StoreOrder_seatPoolId_fkey" FOREIGN KEY ("seatPoolId") REFERENCES "StoreSeatPool"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreAccess" ADD CONSTRAINT "StoreAccess_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreAccess" ADD CONSTRAINT "StoreAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreAccess" ADD CONSTRAINT "StoreAccess_productId_fkey" FOREIGN KEY ("productId") REFERENCES "StoreProduct"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreAccess" ADD CONSTRAINT "StoreAccess_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "StoreOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreAccess" ADD CONSTRAINT "StoreAccess_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "StoreSeat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreSeatPool" ADD CONSTRAINT "StoreSeatPool_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreSeatPool" ADD CONSTRAINT "StoreSeatPool_managerId_fkey" FOREIGN KEY ("managerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreSeatPool" ADD CONSTRAINT "StoreSeatPool_productId_fkey" FOREIGN KEY ("productId") REFERENCES "StoreProduct"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreSeat" ADD CONSTRAINT "StoreSeat_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreSeat" ADD CONSTRAINT "StoreSeat_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "StoreSeatPool"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreSeat" ADD CONSTRAINT "StoreSeat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoreWebhookEvent" ADD CONSTRAINT "StoreWebhookEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Store products link core courses, never copy them. A link copies its course's owner, isCore and audience,
-- and only a PUBLIC core course may be linked: CUSTOMS_ONLY and members' courses can never be sold.
CREATE TRIGGER store_product_course_copy_course BEFORE INSERT OR UPDATE ON "StoreProductCourse"
  FOR EACH ROW EXECUTE FUNCTION course_module_copy_course();
ALTER TABLE "StoreProductCourse" ADD CONSTRAINT "StoreProductCourse_public_core_only" CHECK ("audience" = 'PUBLIC' AND "isCore");
-- A course's audience reaches its store links too, so making a published course CUSTOMS_ONLY or MEMBERS fails.
CREATE OR REPLACE FUNCTION course_propagate_to_translations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE copy_table text;
BEGIN
  IF (NEW."tenantId", NEW."isCore", NEW."audience", NEW."topics") IS DISTINCT FROM (OLD."tenantId", OLD."isCore", OLD."audience", OLD."topics") THEN
    FOREACH copy_table IN ARRAY ARRAY['CourseTranslation', 'CourseSection', 'CourseModule', 'ScormPackage', 'ScormSco', 'QuizSettings', 'QuizQuestion', 'WorkshopSession', 'StoreProductCourse'] LOOP
      EXECUTE format('UPDATE %I SET "audience" = $1 WHERE "courseId" = $2', copy_table) USING NEW."audience", NEW."id";
    END LOOP;
  END IF;
  RETURN NEW;
END
$$;

-- One active seat per e-mail address in a pool.
CREATE UNIQUE INDEX "StoreSeat_active_email_key" ON "StoreSeat"("poolId", "email") WHERE "revokedAt" IS NULL AND "releasedAt" IS NULL;
ALTER TABLE "StoreProduct" ADD CONSTRAINT "StoreProduct_period" CHECK (("kind" = 'SUBSCRIPTION') = ("periodMonths" IS NOT NULL AND "periodMonths" > 0));
ALTER TABLE "StoreSeatPool" ADD CONSTRAINT "StoreSeatPool_seats_not_negative" CHECK ("seatsBought" >= 0);

SELECT rls_shared_catalogue('"StoreProductCourse"');
-- Products, orders, access, seats and webhook events belong to the Academy tenant.
SELECT rls_tenant_isolation('"StoreProduct"');
SELECT rls_tenant_isolation('"StoreOrder"');
SELECT rls_tenant_isolation('"StoreAccess"');
SELECT rls_tenant_isolation('"StoreSeatPool"');
SELECT rls_tenant_isolation('"StoreSeat"');
SELECT rls_tenant_isolation('"StoreWebhookEvent"');
