import { isPercent, type Unit } from "../../reference/units";

// Numbers in each locale's own conventions (digits, separators, percent sign), via Intl, in a dataset's unit.
export interface Formats {
  /** a figure in the unit: 1.3713969 → "1.37%" (a percent); 54245.07 → "$54.2B" (US$ millions) */
  share: (value: number) => string;
  /** a signed change: percentage points without unit ("+0.42"), or an amount with its unit ("+$5.2B") */
  points: (value: number) => string;
  /** whether `points` are percentage points (written "+0.42 pp") rather than an amount with its own unit */
  inPoints: boolean;
  /** a value axis's tick: "2%"; for US$ millions, US$ billions without unit ("200") */
  axis: (value: number) => string;
  /** signed relative change: "+12.5%" */
  relative: (value: number) => string;
  /** a year without grouping: "2024", "٢٠٢٤" */
  year: (value: number) => string;
  /** a plain figure with 2 decimals */
  figure: (value: number) => string;
  /** a target line, without trailing zeros: "2%", "3.5%" */
  target: (value: number) => string;
  /** names in a row, with the language's separator: "Japan, Poland", "اليابان، بولندا", "日本、ポーランド" */
  list: (items: string[]) => string;
}

const LIST_SEPARATOR: Record<string, string> = { ar: "، ", ja: "、" };
/** names in a row with the language's separator, without building any number format: "SIPRI، أبريل 2026" */
export const listOf = (items: readonly string[], locale: string) =>
  items.join(LIST_SEPARATOR[locale.slice(0, 2)] ?? ", ");

// Building an Intl.NumberFormat is costly (tens of milliseconds on a slow phone for a few, more in Arabic): each is
// made on its first use, once per locale.
const byLocale = new Map<string, Formats>();

export function formats(locale: string, unit: Unit = "percent_of_gdp"): Formats {
  const key = isPercent(unit) ? locale : `${locale}:${unit}`;
  let made = byLocale.get(key);
  if (!made) byLocale.set(key, (made = isPercent(unit) ? make(locale) : inDollars(make(locale), locale)));
  return made;
}

/** US$ millions: figures compact in the language's words ("$54.2B", "‏54.2 مليار US$", "$542億"), axes in billions. */
function inDollars(base: Formats, locale: string): Formats {
  const options = { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 } as const;
  const amount = formatter(locale, options);
  const signed = formatter(locale, { ...options, signDisplay: "exceptZero" });
  const billions = formatter(locale, { maximumFractionDigits: 1 });
  return {
    ...base,
    share: (v) => amount(v * 1e6),
    points: (v) => signed(v * 1e6),
    inPoints: false,
    axis: (v) => billions(v / 1000),
  };
}

function formatter(locale: string, options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat(locale, options)).format(value);
}

function make(locale: string): Formats {
  const share = formatter(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const relative = formatter(locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const target = formatter(locale, { style: "percent", maximumFractionDigits: 2 });
  return {
    share: (v) => share(v / 100),
    points: signed,
    inPoints: true,
    axis: (v) => target(v / 100),
    relative,
    year: formatter(locale, { useGrouping: false }),
    figure: formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    target: (v) => target(v / 100),
    list: (items) => listOf(items, locale),
  };
}
