-- AlterTable
ALTER TABLE "ScormAttempt" ADD COLUMN     "leaseUntil" TIMESTAMP(3);
