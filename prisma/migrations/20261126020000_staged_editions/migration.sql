-- AlterTable
ALTER TABLE "editions" ADD COLUMN     "based_on_edition_id" INTEGER;
