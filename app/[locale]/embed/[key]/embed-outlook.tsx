"use client";

import { useMemo, useState } from "react";
import type { DashboardState } from "@/lib/dashboard/state/url-state";
import { OutlookSection, type ServerOutlookProps } from "../../(dashboard)/_components/outlook-section";

interface Props {
  outlook: ServerOutlookProps;
  initial: DashboardState;
  countries: { iso3: string; name: string }[];
}

/** The outlook in an iframe: its scenario calculator redraws it here, without touching the host page's URL. */
export function EmbedOutlook({ outlook, initial, countries }: Props) {
  const [state, setState] = useState(initial);
  const names = useMemo(() => new Map(countries.map((c) => [c.iso3, c.name])), [countries]);
  return (
    <OutlookSection
      {...outlook}
      builtFor={initial}
      state={state}
      names={names}
      onChange={(next) => setState((s) => ({ ...s, ...next }))}
    />
  );
}
