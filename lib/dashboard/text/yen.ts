// Yen amounts the way each language writes large sums: "¥9,035.3bn" / "¥692T" in English, 兆 and 億 in
// Japanese ("9兆353億円"), words in Arabic. Amounts arrive in billions of yen, as the data files store them.
const number = (locale: string, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });

function japanese(billions: number): string {
  const oku = Math.round(billions * 10); // 1 billion yen = 10 億
  const cho = Math.floor(oku / 10_000);
  const rest = oku % 10_000;
  const f = number("ja", 0);
  return `${cho ? `${f.format(cho)}兆` : ""}${rest ? `${f.format(rest)}億` : ""}円`;
}

/** An amount in billions of yen: "¥9,035.3bn". */
export function yenBillions(billions: number, locale: string): string {
  if (locale.startsWith("ja")) return japanese(billions);
  const value = number(locale, 1).format(billions);
  return locale.startsWith("ar") ? `${value} مليار ين` : `¥${value}bn`;
}

/** A GDP-sized amount, given in billions, written in trillions: "¥692T". */
export function yenTrillions(billions: number, locale: string): string {
  if (locale.startsWith("ja")) return japanese(Math.round(billions / 100) * 100);
  const value = number(locale, 1).format(billions / 1000);
  return locale.startsWith("ar") ? `${value} تريليون ين` : `¥${value}T`;
}
