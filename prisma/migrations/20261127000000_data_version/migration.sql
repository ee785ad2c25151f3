-- One number that grows whenever anything a reader sees may have changed: a dataset's current edition, its
-- name or description, the countries, the reference targets. Rendered pages are cached under it (proxy.ts), so a
-- change made by any process — the app, the CLI, another server — is picked up by every server. It is bumped by
-- triggers inside the changing transaction, so a server can never see the new number before the new data.
-- Observations are not watched: an edition's rows never change once written.

-- CreateTable
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "value" BIGINT NOT NULL DEFAULT 1,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_single_row" CHECK ("id")
);

INSERT INTO "data_version" ("id", "value") VALUES (true, 1);

CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "value" = "value" + 1;
  RETURN NULL;
END
$$;

-- Row by row, and only for rows that really changed: every start re-writes the reference facts (countries,
-- targets) with identical values, which must not count as a change.
CREATE TRIGGER "datasets_inserted_or_deleted" AFTER INSERT OR DELETE ON "datasets"
  FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "datasets_updated" AFTER UPDATE ON "datasets"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "datasets_truncated" AFTER TRUNCATE ON "datasets"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "countries_inserted_or_deleted" AFTER INSERT OR DELETE ON "countries"
  FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "countries_updated" AFTER UPDATE ON "countries"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "countries_truncated" AFTER TRUNCATE ON "countries"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "reference_targets_inserted_or_deleted" AFTER INSERT OR DELETE ON "reference_targets"
  FOR EACH ROW EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "reference_targets_updated" AFTER UPDATE ON "reference_targets"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "reference_targets_truncated" AFTER TRUNCATE ON "reference_targets"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
