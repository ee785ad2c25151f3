-- AlterTable
ALTER TABLE "editions" ADD COLUMN     "figures_carried" INTEGER NOT NULL DEFAULT 0;
