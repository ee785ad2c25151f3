// Translated names for things stored in English (dataset names, targets, events), keyed by their stable ids. A
// dataset an editor created has no translation and keeps its own name.
type T = { has(key: string): boolean; (key: string, values?: Record<string, string | number>): string };

export const datasetName = (t: T, slug: string, fallback: string) => (t.has(`datasets.${slug}.name`) ? t(`datasets.${slug}.name`) : fallback);
export const datasetDescription = (t: T, slug: string, fallback: string) => (t.has(`datasets.${slug}.description`) ? t(`datasets.${slug}.description`) : fallback);
export const definitionLabel = (t: T, definition: string) => (t.has(`definitions.${definition}`) ? t(`definitions.${definition}`) : definition);
export const targetLabel = (t: T, slug: string, fallback: string) => (t.has(`targets.${slug}`) ? t(`targets.${slug}`) : fallback);
