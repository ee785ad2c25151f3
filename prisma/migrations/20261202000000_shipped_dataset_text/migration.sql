-- The manifest's text for a shipped dataset as last written, so a start can tell an editor's edit (kept) from
-- text that only the manifest ever wrote (updated when the manifest changes).
ALTER TABLE "datasets" ADD COLUMN "shipped_text" JSONB;
