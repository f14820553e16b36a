-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "imageAlt" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "imageDecorative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "imageKey" TEXT;
