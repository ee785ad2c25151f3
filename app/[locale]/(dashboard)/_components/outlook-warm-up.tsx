"use client";

import type { DashboardState } from "@/lib/dashboard/state/url-state";
import { OutlookSection, type ServerOutlookProps } from "./outlook-section";
import type { OutlookFigures } from "./use-outlook-figures";
import { type OutlookSourcesProps, useOutlookView } from "./use-outlook-view";
import { WarmUp } from "./warm-up";

/**
 * The outlook of the outlook's own page, rendered once outside the document at another rate than the one shown: the
 * reader's first scenario change then runs code that has run before (the page hydrated the server's drawing).
 */
export function OutlookWarmUp(props: {
  initial: DashboardState;
  outlook: ServerOutlookProps | null;
  outlookSources: OutlookSourcesProps | null;
  state: DashboardState;
  figures: OutlookFigures | null;
  names: Map<string, string>;
  onDone: () => void;
}) {
  const { state, names } = props;
  const other = { ...state, view: "outlook" as const, gdpGrowth: state.gdpGrowth === null ? 1 : null };
  const outlook = useOutlookView(props.initial, props.outlook, props.outlookSources, other, props.figures, names);
  return (
    <WarmUp onDone={props.onDone}>
      {outlook && <OutlookSection {...outlook} state={other} names={names} onChange={ignore} />}
    </WarmUp>
  );
}
const ignore = () => {};
