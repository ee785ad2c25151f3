import "server-only";
import { getPrisma } from "../db/client";
import type { ReferenceTarget } from "../reference/targets";

/** The targets are written when the server's database is prepared (npm start), so one read per process suffices. */
let targets: Promise<ReferenceTarget[]> | null = null;

export function listReferenceTargets(): Promise<ReferenceTarget[]> {
  targets ??= getPrisma()
    .referenceTarget.findMany({ orderBy: [{ value: "asc" }, { slug: "asc" }] })
    .then((rows) =>
      rows.map((r) => ({
        slug: r.slug,
        label: r.label,
        value: Number(r.value),
        unit: r.unit,
        targetYear: r.targetYear,
        appliesTo: r.appliesTo,
        sourceUrl: r.sourceUrl,
        note: r.note,
      })),
    );
  targets.catch(() => (targets = null));
  return targets;
}
