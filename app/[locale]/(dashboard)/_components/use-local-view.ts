"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { breakMarks } from "@/lib/dashboard/series/breaks";
import type { EarlierYears } from "@/lib/dashboard/series/earlier-coverage";
import { type EditionFiguresResponse, figuresFor } from "@/lib/dashboard/series/edition-figures";
import { type PathView, pathView } from "@/lib/dashboard/view/path-view";
import { type PackedPoints, packPoints } from "@/lib/dashboard/series/series";
import type { DatedTarget } from "@/lib/dashboard/series/targets";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";
import { measureOf } from "@/lib/dashboard/text/describe";
import { listOf } from "@/lib/dashboard/text/format";
import type { Unit } from "@/lib/reference/units";

/** The dashboard's props this reads (live-dashboard.tsx passes its own). */
interface Sources {
  initial: DashboardState;
  countries: { iso3: string; name: string }[];
  dataset: { name: string; definition: string; unit: Unit };
  edition: { label: string };
  packed: PackedPoints;
  /** what the server showed for `initial`, taken as it is while the state is that one */
  firstView: PathView;
  earlierYears: EarlierYears | null;
  gaps: { country: string; year: number; text: string }[];
  targets: DatedTarget[];
}

/**
 * What the path and table views show for `state`: the server's own view while the state is the one it drew
 * (`fresh`: nothing is computed, or formatted, to hydrate the page), else the edition's figures the browser holds,
 * through the same pure functions as the server.
 */
export function useLocalView(props: Sources, state: DashboardState, figures: EditionFiguresResponse | null) {
  const { initial, countries, dataset, edition, targets, gaps } = props;
  const locale = useLocale();
  const tl = useTranslations();
  const describe = useTranslations("describe");
  const units = useTranslations("units");
  const measure = useMemo(() => measureOf(dataset.unit, (u) => units(u)), [dataset.unit, units]);
  const names = useMemo(() => new Map(countries.map((c) => [c.iso3, c.name])), [countries]);
  // (another view, the outlook, draws from other figures: nothing to compute here for it)
  const drawsHere = state.view === "path" || state.view === "table";
  const fresh = figures === null || !drawsHere || serializeState(state) === serializeState(initial);
  // null while fresh: the figures of another state, from the edition's figures the browser holds
  const points = useMemo(
    () => (fresh ? null : figuresFor(figures.figures, state.countries, state.from, state.to)),
    [fresh, figures, state],
  );
  const name = listOf([dataset.name, edition.label], locale);
  const view = useMemo(
    () =>
      points === null
        ? props.firstView
        : pathView({
            points,
            countries: state.countries,
            from: state.from,
            to: state.to,
            names,
            datasetName: name,
            targets,
            earlier: figures?.earlier ?? props.earlierYears,
            gaps,
            describe,
            locale,
            measure,
          }),
    [
      points,
      props.firstView,
      state,
      names,
      name,
      targets,
      figures,
      props.earlierYears,
      gaps,
      describe,
      locale,
      measure,
    ],
  );
  const selected = useMemo(
    () => state.countries.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 })),
    [state.countries, names],
  );
  const breaks = useMemo(
    () => breakMarks([dataset.definition], state.countries, state.from, state.to, tl),
    [dataset.definition, state, tl],
  );
  const packed = useMemo(() => (points === null ? props.packed : packPoints(points)), [props.packed, points]);
  return { fresh, names, view, selected, breaks, packed };
}
