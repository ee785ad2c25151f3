/**
 * Events marked on the time axis; `at` is a fractional year so each sits in its month. Their names, in every
 * language, are the messages `events.<date>` (messages/*.json).
 */
export interface TimelineEvent {
  at: number;
  date: string;
}

export const TIMELINE_EVENTS: readonly TimelineEvent[] = [
  { at: 2014 + 8 / 12, date: "2014-09-05" }, // NATO Wales summit: 2% pledge
  { at: 2022 + 1.8 / 12, date: "2022-02-24" }, // Russia invades Ukraine
  { at: 2022 + 11.5 / 12, date: "2022-12-16" }, // Japan's National Security Strategy
  { at: 2025 + 5.8 / 12, date: "2025-06-25" }, // NATO Hague summit: 5% pledge
  { at: 2025 + 10.9 / 12, date: "2025-11-28" }, // Japan's FY2025 supplementary budget
];
