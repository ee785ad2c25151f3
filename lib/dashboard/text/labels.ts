// Translated names for things stored in English (dataset names, definitions, targets), keyed by their stable ids.
// A dataset an editor created has no translation and keeps its own name.
export type Translator = { has(key: string): boolean; (key: string, values?: Record<string, string | number>): string };

export const datasetName = (t: Translator, slug: string, fallback: string) =>
  t.has(`datasets.${slug}.name`) ? t(`datasets.${slug}.name`) : fallback;
export const definitionLabel = (t: Translator, definition: string) =>
  t.has(`definitions.${definition}`) ? t(`definitions.${definition}`) : definition;
export const targetLabel = (t: Translator, slug: string, fallback: string) =>
  t.has(`targets.${slug}`) ? t(`targets.${slug}`) : fallback;
