// An edition's name in the reader's language. Shipped editions are named for the month their publisher released
// them ("July 2026", with publishedOn 2026-07-07): that is a date, and the interface writes it in the page's language
// (يوليو 2026, 2026年7月). Any other label is an editor's own words and is shown as written.

const ENGLISH_MONTH = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

export interface EditionName {
  text: string;
  /** the label as an editor wrote it (English or any language), not written by the interface */
  asWritten: boolean;
}

export function editionName(label: string, publishedOn: string | null, locale: string): EditionName {
  if (publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) {
    const date = new Date(`${publishedOn}T00:00:00Z`);
    if (ENGLISH_MONTH.format(date) === label.trim())
      return {
        text: new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(date),
        asWritten: false,
      };
  }
  return { text: label, asWritten: true };
}
