// Numbers in each locale's own conventions (digits, separators, percent sign), via Intl.
export interface Formats {
  /** 1.3713969 → "1.37%" (percent of GDP) */
  share: (value: number) => string;
  /** signed percentage points, without unit: "+0.42" */
  points: (value: number) => string;
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

// Building an Intl.NumberFormat is costly (tens of milliseconds on a slow phone for a few, more in Arabic): each is
// made on its first use, once per locale.
const byLocale = new Map<string, Formats>();

export function formats(locale: string): Formats {
  let made = byLocale.get(locale);
  if (!made) byLocale.set(locale, (made = make(locale)));
  return made;
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
    relative,
    year: formatter(locale, { useGrouping: false }),
    figure: formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    target: (v) => target(v / 100),
    list: (items) => items.join(LIST_SEPARATOR[locale.slice(0, 2)] ?? ", "),
  };
}
