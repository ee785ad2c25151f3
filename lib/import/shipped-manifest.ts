import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ZImportOptions } from "./import-options";
import { UNITS } from "../reference/units";
import { DEFINITIONS } from "./definitions";

// Reference files (not editions): Japan's yen amounts and GDP. Listed by file name, or as objects with a `file`.
const ZReferenceFile = z
  .union([z.string().min(1), z.looseObject({ file: z.string().min(1) })])
  .transform((r) => (typeof r === "string" ? r : r.file));
const ZReference = z.union([
  z.array(ZReferenceFile),
  z.record(z.string(), ZReferenceFile).transform((r) => Object.values(r)),
]);

/**
 * One shipped edition. `mode` "update": the file holds only new or revised figures, and the edition is the one
 * listed before it plus the file (the upload's update, carrying the rest); unset or "replace": the file is the whole edition.
 */
const ZShippedEdition = z.object({
  file: z.string().min(1),
  label: z.string().min(1),
  publishedOn: z.iso.date(),
  note: z.string().optional(),
  mode: ZImportOptions.shape.mode.unwrap().default("replace"),
});

const ZManifest = z.object({
  datasets: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      publisher: z.string().min(1),
      definition: z.enum(DEFINITIONS),
      unit: z.enum(UNITS).default("percent_of_gdp"),
      license: z.string().min(1),
      sourceUrl: z.url(),
      description: z.string().default(""),
      editions: z
        .array(ZShippedEdition)
        .min(1)
        .refine(
          (editions) => editions[0]!.mode === "replace",
          "the first edition of a dataset has no edition before it to update",
        ),
    }),
  ),
  reference: ZReference.optional(),
});
export type TManifest = z.infer<typeof ZManifest>;

export async function readManifest(dataDir = path.join(process.cwd(), "data")): Promise<TManifest> {
  return ZManifest.parse(JSON.parse(await readFile(path.join(dataDir, "manifest.json"), "utf8")));
}
