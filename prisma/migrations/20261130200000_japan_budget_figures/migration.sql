-- Japan's published yen amounts and GDP figures (data/japan-defense-amounts.csv, data/japan-gdp.csv), loaded by
-- the shipped-data import. The dashboard computes shares of GDP from them and marks each share "computed".
-- Like the reference facts, they change only when a new version of the files ships: the triggers bump the data
-- version only for rows that really changed, so a start that rewrites identical rows changes nothing.

-- CreateEnum
CREATE TYPE "JapanMeasure" AS ENUM ('defense_related', 'defense_related_excl_saco', 'security_related');

-- CreateEnum
CREATE TYPE "JapanBudget" AS ENUM ('initial', 'supplementary', 'initial_plus_supplementary', 'request');

-- CreateEnum
CREATE TYPE "JapanAmountStatus" AS ENUM ('actual', 'budget', 'request', 'plan');

-- CreateEnum
CREATE TYPE "JapanGdpKind" AS ENUM ('actual', 'estimate', 'forecast');

-- CreateTable
CREATE TABLE "japan_defense_amounts" (
    "fiscal_year" SMALLINT NOT NULL,
    "measure" "JapanMeasure" NOT NULL,
    "budget" "JapanBudget" NOT NULL,
    "amount_jpy_bn" DECIMAL(12,2) NOT NULL,
    "status" "JapanAmountStatus" NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "japan_defense_amounts_pkey" PRIMARY KEY ("fiscal_year","measure","budget")
);

-- CreateTable
CREATE TABLE "japan_gdp" (
    "fiscal_year" SMALLINT NOT NULL,
    "gdp_jpy_bn" DECIMAL(12,2) NOT NULL,
    "kind" "JapanGdpKind" NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "japan_gdp_pkey" PRIMARY KEY ("fiscal_year","kind")
);

CREATE TRIGGER "japan_defense_amounts_inserted_or_deleted" AFTER INSERT OR DELETE ON "japan_defense_amounts"
  FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "japan_defense_amounts_updated" AFTER UPDATE ON "japan_defense_amounts"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "japan_gdp_inserted_or_deleted" AFTER INSERT OR DELETE ON "japan_gdp"
  FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "japan_gdp_updated" AFTER UPDATE ON "japan_gdp"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_data_version"();
