const percent = new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });

/** 1.3713969 → "1.37%" (percent of GDP) */
export const formatShare = (value: number) => `${percent.format(value)}%`;
/** percentage points, signed: +0.42 pp */
export const formatPoints = (value: number) => `${signed.format(value)} pp`;
export const formatRelative = (value: number) => `${signed.format(value * 100)}%`;

export const STATUS_LABEL: Record<string, string> = { actual: "actual", estimate: "estimate", budget: "budget", plan: "plan" };
