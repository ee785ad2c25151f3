// Numbers in each locale's own conventions (digits, separators, percent sign), via Intl.
export interface Formats {
  /** 1.3713969 → "1.37%" (percent of GDP) */
  share(value: number): string;
  /** signed percentage points, without unit: "+0.42" */
  points(value: number): string;
  /** signed relative change: "+12.5%" */
  relative(value: number): string;
  /** a year without grouping: "2024", "٢٠٢٤" */
  year(value: number): string;
  /** a plain figure with 2 decimals */
  figure(value: number): string;
  /** a target line, without trailing zeros: "2%", "3.5%" */
  target(value: number): string;
  /** names in a row, with the language's separator: "Japan, Poland", "اليابان، بولندا", "日本、ポーランド" */
  list(items: string[]): string;
}

const LIST_SEPARATOR: Record<string, string> = { ar: "، ", ja: "、" };

export function formats(locale: string): Formats {
  const share = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const relative = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const year = new Intl.NumberFormat(locale, { useGrouping: false });
  const figure = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const target = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
  return {
    share: (v) => share.format(v / 100),
    points: (v) => signed.format(v),
    relative: (v) => relative.format(v),
    year: (v) => year.format(v),
    figure: (v) => figure.format(v),
    target: (v) => target.format(v / 100),
    list: (items) => items.join(LIST_SEPARATOR[locale.slice(0, 2)] ?? ", "),
  };
}
