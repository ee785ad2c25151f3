import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { formatIssue } from "../csv/issues";
import { DEFINITIONS } from "./definitions";
import { importEdition, type ImportSummary } from "./import-edition";
import { type JapanFiguresResult, loadJapanFigures } from "./load-japan-figures";

// Reference files (not editions): Japan's yen amounts and GDP. Listed by file name, or as objects with a `file`.
const ZReferenceFile = z.union([z.string().min(1), z.looseObject({ file: z.string().min(1) })]).transform((r) => (typeof r === "string" ? r : r.file));
const ZReference = z.union([z.array(ZReferenceFile), z.record(z.string(), ZReferenceFile).transform((r) => Object.values(r))]);

const ZManifest = z.object({
  datasets: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      publisher: z.string().min(1),
      definition: z.enum(DEFINITIONS),
      unit: z.literal("percent_of_gdp").default("percent_of_gdp"),
      license: z.string().min(1),
      sourceUrl: z.url(),
      description: z.string().default(""),
      editions: z
        .array(z.object({ file: z.string().min(1), label: z.string().min(1), publishedOn: z.iso.date(), note: z.string().optional() }))
        .min(1),
    }),
  ),
  reference: ZReference.optional(),
});
export type TManifest = z.infer<typeof ZManifest>;

export async function readManifest(dataDir = path.join(process.cwd(), "data")): Promise<TManifest> {
  return ZManifest.parse(JSON.parse(await readFile(path.join(dataDir, "manifest.json"), "utf8")));
}

export interface ShippedEditionResult {
  dataset: string;
  label: string;
  outcome: "loaded" | "present";
  summary?: ImportSummary;
}

/**
 * Loads data/manifest.json: creates or updates each dataset, and imports each edition not yet in the database,
 * oldest first so the newest becomes current. An edition already present (same label) is never re-imported.
 */
export async function loadShippedData(
  pool: pg.Pool,
  prisma: PrismaClient,
  options: { dataDir?: string; onEdition?: (r: ShippedEditionResult) => void; onReference?: (r: JapanFiguresResult) => void } = {},
): Promise<ShippedEditionResult[]> {
  const dataDir = options.dataDir ?? path.join(process.cwd(), "data");
  const manifest = await readManifest(dataDir);
  const results: ShippedEditionResult[] = [];
  for (const { editions, ...meta } of manifest.datasets) {
    const dataset = await prisma.dataset.upsert({ where: { slug: meta.slug }, create: meta, update: meta, include: { editions: { select: { label: true } } } });
    const present = new Set(dataset.editions.map((e) => e.label));
    for (const edition of editions) {
      let result: ShippedEditionResult;
      if (present.has(edition.label)) result = { dataset: meta.slug, label: edition.label, outcome: "present" };
      else {
        const file = path.join(dataDir, edition.file);
        const summary = await importEdition(pool, {
          dataset: meta.slug, label: edition.label, fileName: path.relative(process.cwd(), file), source: createReadStream(file),
          createdBy: "shipped data", note: edition.note ?? null, publishedOn: edition.publishedOn,
          editionMode: "replace", // each shipped file is a whole edition, as its publisher released it
        });
        if (summary.status === "rejected") {
          throw new Error(`Shipped file ${edition.file} is invalid:\n${summary.errors.map(formatIssue).join("\n")}`);
        }
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
