// What surrounds the figures in publishers' tables: region and group headings between the countries (SIPRI's
// "Asia & Oceania", "East Asia"), note lines under the table, and a second table block below the first (NATO's
// "Annual real change"). None of them is data; each is skipped and reported, never read as figures.

import { isYearHeader, layoutOf } from "./layout";

const KEPT_NAMES = 8;

interface LooseLine {
  line: number;
  text: string;
}

/**
 * Lines without figures whose label is not a country. Whether they are headings or notes is known only from what
 * follows: a country row after them makes them group headings; the end of the table makes them trailing notes.
 */
export class TableEdges {
  private pending: LooseLine[] = [];
  private pendingCount = 0;
  groupRows = 0;
  readonly groupNames = new Set<string>();
  trailing: { count: number; first: LooseLine } | null = null;
  /** where a second table block starts; nothing from there on is read */
  stoppedAt: { line: number; title: string } | null = null;
  linesAfterStop = 0;

  /** A line that is neither a country nor a figure. */
  loose(line: number, text: string): void {
    this.pendingCount += 1;
    if (this.pending.length < 100) this.pending.push({ line, text: text.slice(0, 80) });
  }

  /** A country row: the loose lines before it were group headings. */
  countryRow(): void {
    if (this.pendingCount === 0) return;
    this.groupRows += this.pendingCount;
    for (const p of this.pending) if (this.groupNames.size < KEPT_NAMES + 1) this.groupNames.add(p.text);
    this.pending = [];
    this.pendingCount = 0;
  }

  /** A header row again, below figures: the start of a second table (or a repeated header). */
  isHeader(record: readonly string[]): boolean {
    const cells = record.map((c) => c.trim());
    return cells.filter(isYearHeader).length >= 2 || layoutOf(cells, 0, []) !== null;
  }

  /** A header again, after figures: a second table starts here. */
  stop(line: number, header: readonly string[]): void {
    const title =
      this.pending.at(-1)?.text ??
      header
        .filter((c) => c.trim() !== "")
        .slice(0, 3)
        .join(" ");
    this.stoppedAt = { line, title };
    this.end();
  }

  /** The table ended: the loose lines still waiting were notes under it. */
  end(): void {
    if (this.pendingCount > 0 && this.pending[0]) this.trailing = { count: this.pendingCount, first: this.pending[0] };
    this.pending = [];
    this.pendingCount = 0;
  }

  groupNameList(): string {
    const names = [...this.groupNames];
    return `${names.slice(0, KEPT_NAMES).join(", ")}${names.length > KEPT_NAMES ? ", …" : ""}`;
  }
}
