-- AlterTable
ALTER TABLE "User" ADD COLUMN     "discussionDigestSentAt" TIMESTAMP(3);
