/** Events marked on the time axis; `at` is a fractional year so each sits in its month. */
export interface TimelineEvent {
  at: number;
  label: string;
  date: string;
}

export const TIMELINE_EVENTS: readonly TimelineEvent[] = [
  { at: 2014 + 8 / 12, label: "Wales 2% pledge", date: "2014-09-05" },
  { at: 2022 + 1.8 / 12, label: "Russia invades Ukraine", date: "2022-02-24" },
  { at: 2022 + 11.5 / 12, label: "Japan security strategy", date: "2022-12-16" },
  { at: 2025 + 5.8 / 12, label: "Hague 5% pledge", date: "2025-06-25" },
  { at: 2025 + 10.9 / 12, label: "Japan FY2025 supplementary", date: "2025-11-28" },
];
