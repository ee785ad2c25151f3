import { existsSync } from "node:fs";
import path from "node:path";

// The publishers' own files (../shared/datasets beside the repository, see its PROVENANCE.md). Tests that read them
// run where they are present (this machine, CI) and are skipped in a clone without them.
export const SHARED_DATASETS = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "datasets");
export const SIPRI_WORKBOOK = path.join(SHARED_DATASETS, "sipri-2026", "SIPRI-Milex-data-1949-2025_v1.2.xlsx");
export const NATO_EXTRACT = path.join(SHARED_DATASETS, "nato-2026", "nato_defence.csv");
export const OWID_SIPRI = path.join(SHARED_DATASETS, "owid-sipri", "military-spending-as-a-share-of-gdp-sipri.csv");
export const hasSharedDatasets = [SIPRI_WORKBOOK, NATO_EXTRACT, OWID_SIPRI].every((f) => existsSync(f));
