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
    const dataset = await prisma.dataset.upsert({
      where: { slug: meta.slug },
      create: meta,
      update: meta,
      include: { editions: { select: { id: true, label: true } } },
    });
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

/** One shipped file as a committed edition; `updates`: the edition an update edition is made from. */
async function importShipped(
  pool: pg.Pool,
  dataDir: string,
  dataset: string,
  edition: ShippedEdition,
  updates: number | undefined,
): Promise<ImportSummary> {
  const file = path.join(dataDir, edition.file);
  const summary = await importEdition(pool, {
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
  });
  if (summary.status === "rejected")
    throw new Error(`Shipped file ${edition.file} is invalid:\n${summary.errors.map(formatIssue).join("\n")}`);
  return summary;
}
