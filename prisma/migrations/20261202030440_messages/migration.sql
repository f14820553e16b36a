-- CreateTable
CREATE TABLE "Conversation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "pairKey" UUID NOT NULL,
    "otherId" UUID NOT NULL,
    "otherTenantId" UUID NOT NULL,
    "otherName" TEXT NOT NULL,
    "otherPlace" TEXT NOT NULL,
    "courseId" UUID,
    "courseTitle" TEXT,
    "blockedByOwner" BOOLEAN NOT NULL DEFAULT false,
    "blockedByOther" BOOLEAN NOT NULL DEFAULT false,
    "unread" INTEGER NOT NULL DEFAULT 0,
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationMessage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "messageKey" UUID NOT NULL,
    "fromOwner" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedAt" TIMESTAMP(3),

    CONSTRAINT "ConversationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageReport" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "messageKey" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "reporterName" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Conversation_tenantId_ownerId_lastMessageAt_idx" ON "Conversation"("tenantId", "ownerId", "lastMessageAt");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_tenantId_ownerId_otherId_key" ON "Conversation"("tenantId", "ownerId", "otherId");

-- CreateIndex
CREATE INDEX "ConversationMessage_tenantId_conversationId_createdAt_idx" ON "ConversationMessage"("tenantId", "conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "MessageReport_tenantId_createdAt_idx" ON "MessageReport"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MessageReport_tenantId_messageKey_reporterId_key" ON "MessageReport"("tenantId", "messageKey", "reporterId");

-- AddForeignKey
ALTER TABLE "ConversationMessage" ADD CONSTRAINT "ConversationMessage_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (ADR 0047): each copy of a conversation, its messages and a report belong to one tenant.
SELECT rls_tenant_isolation('"Conversation"');
SELECT rls_tenant_isolation('"ConversationMessage"');
SELECT rls_tenant_isolation('"MessageReport"');
