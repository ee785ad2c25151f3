import "server-only";
import { getPrisma } from "../db/client";

export interface ReferenceTarget {
  slug: string;
  label: string;
  value: number;
  targetYear: number | null;
  appliesTo: string;
  sourceUrl: string;
  note: string;
}

export async function listReferenceTargets(): Promise<ReferenceTarget[]> {
  const rows = await getPrisma().referenceTarget.findMany({ orderBy: [{ value: "asc" }, { slug: "asc" }] });
  return rows.map((r) => ({ slug: r.slug, label: r.label, value: Number(r.value), targetYear: r.targetYear, appliesTo: r.appliesTo, sourceUrl: r.sourceUrl, note: r.note }));
}
