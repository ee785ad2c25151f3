import type pg from "pg";
import { listCountryRecords } from "../reference/countries";
import { REFERENCE_TARGETS } from "../reference/targets";
import type { PrismaClient } from "./generated/client";
import { migrate } from "./migrate";

/** Migrates the schema, then writes the reference facts (countries, targets) every start: cheap and idempotent. */
export async function prepareDatabase(pool: pg.Pool, prisma: PrismaClient): Promise<{ migrationsApplied: string[] }> {
  const migrationsApplied = await migrate(pool);
  await writeReferenceFacts(prisma);
  return { migrationsApplied };
}

/** Countries and reference targets as this version of the code knows them (unchanged rows are left alone). */
export async function writeReferenceFacts(prisma: PrismaClient): Promise<void> {
  const countries = listCountryRecords();
  await prisma.$transaction([
    prisma.$executeRaw`
      INSERT INTO countries (iso3, name, nato_accession, groups)
      SELECT iso3, name, nato_accession, string_to_array(groups, ',')::text[]
        FROM unnest(${countries.map((c) => c.iso3)}::text[], ${countries.map((c) => c.name)}::text[],
                    ${countries.map((c) => c.natoAccession)}::smallint[], ${countries.map((c) => c.groups.join(","))}::text[])
             AS t(iso3, name, nato_accession, groups)
      ON CONFLICT (iso3) DO UPDATE SET name = EXCLUDED.name, nato_accession = EXCLUDED.nato_accession, groups = EXCLUDED.groups`,
    ...REFERENCE_TARGETS.map((t) => {
      const data = {
        label: t.label,
        value: t.value,
        unit: t.unit,
        targetYear: t.targetYear,
        appliesTo: t.appliesTo,
        agreedOn: new Date(t.agreedOn),
        sourceUrl: t.sourceUrl,
        note: t.note,
      };
      return prisma.referenceTarget.upsert({
        where: { slug: t.slug },
        create: { slug: t.slug, ...data },
        update: data,
      });
    }),
  ]);
}
