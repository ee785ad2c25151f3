import { createReadStream } from "node:fs";
import path from "node:path";
import type pg from "pg";
import type { PrismaClient } from "../db/generated/client";
import { formatIssue } from "../csv/issues";
import { importEdition, type ImportSummary } from "./import-edition";
import { type JapanFiguresResult, loadJapanFigures } from "./load-japan-figures";
import { readManifest, type TManifest } from "./shipped-manifest";

export interface ShippedEditionResult {
  dataset: string;
  label: string;
  outcome: "loaded" | "present";
  summary?: ImportSummary;
}

type ShippedEdition = TManifest["datasets"][number]["editions"][number];

/**
 * Loads data/manifest.json: creates or updates each dataset, and imports each edition not yet in the database,
 * oldest first so the newest becomes current. An edition already present (same label) is never re-imported. An
 * update edition is made from the edition listed before it, through the same import as an uploaded update.
 */
export async function loadShippedData(
  pool: pg.Pool,
  prisma: PrismaClient,
  options: {
    dataDir?: string;
    onEdition?: (r: ShippedEditionResult) => void;
    onReference?: (r: JapanFiguresResult) => void;
  } = {},
): Promise<ShippedEditionResult[]> {
  const dataDir = options.dataDir ?? path.join(process.cwd(), "data");
  const manifest = await readManifest(dataDir);
  const results: ShippedEditionResult[] = [];
  for (const { editions, ...meta } of manifest.datasets) {
    const dataset = await writeDatasetText(prisma, meta);
    const ids = new Map(dataset.editions.map((e) => [e.label, e.id]));
    for (const [i, edition] of editions.entries()) {
      let result: ShippedEditionResult;
      if (ids.has(edition.label)) result = { dataset: meta.slug, label: edition.label, outcome: "present" };
      else {
        const summary = await importShipped(
          pool,
          dataDir,
          meta.slug,
          edition,
          edition.mode === "update" ? ids.get(editions[i - 1]!.label) : undefined,
        );
        if (summary.editionId !== null) ids.set(edition.label, summary.editionId);
        result = { dataset: meta.slug, label: edition.label, outcome: "loaded", summary };
      }
      results.push(result);
      options.onEdition?.(result);
    }
  }
  if (manifest.reference) {
    const loaded = await loadJapanFigures(pool, dataDir, manifest.reference);
    options.onReference?.(loaded);
  }
  return results;
}

type ShippedText = Omit<TManifest["datasets"][number], "editions">;
/** The fields an editor may edit on the history page, which a manifest also writes. */
const EDITABLE = ["name", "publisher", "definition", "unit", "license", "sourceUrl", "description"] as const;

/**
 * Creates a shipped dataset, or brings its text up to the manifest's without undoing an editor's edits: a field is
 * rewritten only if it still holds what the manifest wrote last time (`shipped_text`). A database from before that
 * column holds the text of the last start's manifest, or an edit made since; it is taken as the manifest's.
 */
async function writeDatasetText(prisma: PrismaClient, meta: ShippedText) {
  const include = { editions: { select: { id: true, label: true } } };
  const shipped = Object.fromEntries(EDITABLE.map((k) => [k, meta[k]]));
  const existing = await prisma.dataset.findUnique({ where: { slug: meta.slug } });
  if (!existing) return prisma.dataset.create({ data: { ...meta, shippedText: shipped }, include });
  const last = (existing.shippedText ?? Object.fromEntries(EDITABLE.map((k) => [k, existing[k]]))) as Record<
    string,
    unknown
  >;
  const changed = EDITABLE.filter((k) => existing[k] === last[k] && existing[k] !== meta[k]);
  return prisma.dataset.update({
    where: { slug: meta.slug },
    data: { ...Object.fromEntries(changed.map((k) => [k, meta[k]])), shippedText: shipped },
    include,
  });
}

/** One shipped file as a committed edition; `updates`: the edition an update edition is made from. */
async function importShipped(
  pool: pg.Pool,
  dataDir: string,
  dataset: string,
  edition: ShippedEdition,
  updates: number | undefined,
): Promise<ImportSummary> {
  const file = path.join(dataDir, edition.file);
  const summary = await importEdition(
    {
      dataset,
      label: edition.label,
      fileName: path.relative(process.cwd(), file),
      source: createReadStream(file),
      createdBy: "shipped data",
      note: edition.note ?? null,
      publishedOn: edition.publishedOn,
      // a whole edition as its publisher released it, or (update) only the figures a partial release gives
      editionMode: edition.mode,
      updates,
    },
    pool,
  );
  if (summary.status === "rejected")
    throw new Error(`Shipped file ${edition.file} is invalid:\n${summary.errors.map(formatIssue).join("\n")}`);
  return summary;
}
