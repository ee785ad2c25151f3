import { isolateBidi } from "../text/bidi";
import { type LabelRequest, type PlacedLabel, placeLabels } from "./label-placement";

// Where the path chart writes its annotations, in pixels, for a plot of a given size: event names in rows above the
// plot, pledge names along their lines, Japan's goal beside its marker. What does not fit is shortened (events to
// their number, pledges to their value) and named in full in the chart's key. Pure: the chart only draws it.

export const EVENT_ROWS = 2;
export const EVENT_FONT = 11;
export const LINE_FONT = 11;

export interface AnnotationInput {
  plot: { x: number; width: number };
  xOf: (year: number) => number;
  events: { at: number; label: string }[];
  lines: { value: number; label: string; short: string }[];
  goal: { year: number; value: number; label: string } | null;
}

export interface AnnotationLayout {
  /** one per event, numbered from 1 in time order; `label` is absent when even the number found no room */
  events: { n: number; at: number; full: string; label?: PlacedLabel }[];
  /** labels along each pledge line and (key "goal") beside Japan's goal, each with the value its row belongs to */
  lineLabels: (PlacedLabel & { value: number })[];
  /** what is shortened or left out, in full: the chart's key */
  key: { mark: string; text: string }[];
}

export function layoutAnnotations({ plot, xOf, events, lines, goal }: AnnotationInput): AnnotationLayout {
  const span = { min: plot.x + 2, max: plot.x + plot.width - 2 };
  const timeline = [...events].sort((a, b) => a.at - b.at).map((e, i) => ({ ...e, n: i + 1, key: String(i + 1) }));
  const placed = placeLabels(
    timeline.map((e) => ({ key: e.key, at: xOf(e.at), align: "middle", full: isolateBidi(e.label), short: e.key })),
    { ...span, rows: EVENT_ROWS, fontSize: EVENT_FONT },
  );
  const lineLabels = lines.flatMap((l) => {
    const onLine = goal && goal.value === l.value;
    const requests: LabelRequest[] = [
      {
        key: `line:${l.value}`,
        at: span.min + 2,
        align: "start",
        full: isolateBidi(l.label),
        short: isolateBidi(l.short),
      },
    ];
    if (onLine)
      requests.unshift({
        key: "goal",
        at: xOf(goal.year) - 10,
        align: "end",
        full: isolateBidi(goal.label),
        short: "",
      });
    return placeLabels(requests, { ...span, rows: 1, fontSize: LINE_FONT }).map((p) => ({ ...p, value: l.value }));
  });
  if (goal && !lines.some((l) => l.value === goal.value)) {
    lineLabels.push(
      ...placeLabels(
        [{ key: "goal", at: xOf(goal.year) - 10, align: "end", full: isolateBidi(goal.label), short: "" }],
        { ...span, rows: 1, fontSize: LINE_FONT },
      ).map((p) => ({ ...p, value: goal.value })),
    );
  }
  const eventsOut = timeline.map((e) => ({
    n: e.n,
    at: e.at,
    full: e.label,
    label: placed.find((p) => p.key === e.key),
  }));
  const shortened = new Set(lineLabels.filter((p) => p.abbreviated).map((p) => p.key));
  const key = [
    ...eventsOut.filter((e) => !e.label || e.label.abbreviated).map((e) => ({ mark: String(e.n), text: e.full })),
    ...lines
      .filter((l) => shortened.has(`line:${l.value}`) || !lineLabels.some((p) => p.key === `line:${l.value}`))
      .map((l) => ({ mark: l.short, text: l.label })),
    ...(goal && !lineLabels.some((p) => p.key === "goal" && !p.abbreviated) ? [{ mark: "○", text: goal.label }] : []),
  ];
  return { events: eventsOut, lineLabels, key };
}
