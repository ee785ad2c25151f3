-- Every change of a dataset's current edition, for the feeds and the release notes on the history page: the first
-- time an edition becomes current ('published': a commit or an import), and every later time an edition that had
-- been current becomes current again ('rollback', to an older edition or forward again). Written by a trigger in the
-- changing transaction, so every path that moves current_edition_id (the app, the CLI, another server) is recorded,
-- and nothing is recorded for a change that is rolled back.

-- CreateEnum
CREATE TYPE "EditionEventKind" AS ENUM ('published', 'rollback');

-- CreateTable
CREATE TABLE "edition_events" (
    "id" SERIAL NOT NULL,
    "dataset_id" INTEGER NOT NULL,
    "edition_id" INTEGER NOT NULL,
    "previous_edition_id" INTEGER,
    "kind" "EditionEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "edition_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "edition_events_dataset_id_at_idx" ON "edition_events"("dataset_id", "at");

-- AddForeignKey
ALTER TABLE "edition_events" ADD CONSTRAINT "edition_events_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "edition_events" ADD CONSTRAINT "edition_events_edition_id_fkey" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION "record_edition_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "edition_events" ("dataset_id", "edition_id", "previous_edition_id", "kind", "at")
  VALUES (NEW."id", NEW."current_edition_id", OLD."current_edition_id",
          CASE WHEN EXISTS (SELECT 1 FROM "edition_events" WHERE "edition_id" = NEW."current_edition_id")
               THEN 'rollback'::"EditionEventKind" ELSE 'published'::"EditionEventKind" END,
          clock_timestamp());
  RETURN NULL;
END
$$;

CREATE TRIGGER "datasets_current_edition_changed" AFTER UPDATE OF "current_edition_id" ON "datasets"
  FOR EACH ROW WHEN (NEW."current_edition_id" IS NOT NULL AND NEW."current_edition_id" IS DISTINCT FROM OLD."current_edition_id")
  EXECUTE FUNCTION "record_edition_event"();

-- Editions committed before this migration: each was published when it was loaded, after the one before it.
INSERT INTO "edition_events" ("dataset_id", "edition_id", "previous_edition_id", "kind", "at")
SELECT "dataset_id", "id", LAG("id") OVER (PARTITION BY "dataset_id" ORDER BY "id"), 'published', "created_at"
  FROM "editions" WHERE "status" = 'committed' ORDER BY "id";
-- A dataset rolled back before this migration: its current edition is not its newest.
INSERT INTO "edition_events" ("dataset_id", "edition_id", "previous_edition_id", "kind")
SELECT d."id", d."current_edition_id", n."id", 'rollback'
  FROM "datasets" d
  JOIN LATERAL (SELECT "id" FROM "editions" WHERE "dataset_id" = d."id" AND "status" = 'committed' ORDER BY "id" DESC LIMIT 1) n ON true
 WHERE d."current_edition_id" IS NOT NULL AND d."current_edition_id" <> n."id";
