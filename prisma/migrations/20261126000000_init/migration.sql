-- CreateEnum
CREATE TYPE "Definition" AS ENUM ('NATO', 'SIPRI', 'JAPAN_MOD_BUDGET', 'JAPAN_SECURITY_RELATED', 'JAPAN_NATO_COMPARABLE', 'OTHER');

-- CreateEnum
CREATE TYPE "ObservationStatus" AS ENUM ('actual', 'estimate', 'budget', 'plan');

-- CreateEnum
CREATE TYPE "EditionStatus" AS ENUM ('staged', 'committed');

-- CreateTable
CREATE TABLE "datasets" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "definition" "Definition" NOT NULL,
    "unit" TEXT NOT NULL DEFAULT 'percent_of_gdp',
    "license" TEXT NOT NULL,
    "source_url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "current_edition_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "datasets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "editions" (
    "id" SERIAL NOT NULL,
    "dataset_id" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "published_on" DATE,
    "file_name" TEXT NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "rows_inserted" INTEGER NOT NULL,
    "rows_rejected" INTEGER NOT NULL,
    "status" "EditionStatus" NOT NULL DEFAULT 'staged',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "editions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "countries" (
    "iso3" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "nato_accession" SMALLINT,
    "groups" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "countries_pkey" PRIMARY KEY ("iso3")
);

-- CreateTable
CREATE TABLE "observations" (
    "edition_id" INTEGER NOT NULL,
    "country_iso3" CHAR(3) NOT NULL,
    "year" SMALLINT NOT NULL,
    "value" DECIMAL(10,6) NOT NULL,
    "status" "ObservationStatus" NOT NULL DEFAULT 'actual',
    "note" TEXT,
    "source" TEXT,

    CONSTRAINT "observations_pkey" PRIMARY KEY ("edition_id","country_iso3","year")
);

-- CreateTable
CREATE TABLE "reference_targets" (
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DECIMAL(5,2) NOT NULL,
    "target_year" SMALLINT,
    "applies_to" TEXT NOT NULL,
    "agreed_on" DATE NOT NULL,
    "source_url" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "reference_targets_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE UNIQUE INDEX "datasets_slug_key" ON "datasets"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "datasets_current_edition_id_key" ON "datasets"("current_edition_id");

-- CreateIndex
CREATE INDEX "editions_dataset_id_file_sha256_idx" ON "editions"("dataset_id", "file_sha256");

-- CreateIndex
CREATE UNIQUE INDEX "editions_dataset_id_label_key" ON "editions"("dataset_id", "label");

-- CreateIndex
CREATE INDEX "observations_country_iso3_year_idx" ON "observations"("country_iso3", "year");

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_current_edition_id_fkey" FOREIGN KEY ("current_edition_id") REFERENCES "editions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "editions" ADD CONSTRAINT "editions_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_country_iso3_fkey" FOREIGN KEY ("country_iso3") REFERENCES "countries"("iso3") ON DELETE RESTRICT ON UPDATE CASCADE;
