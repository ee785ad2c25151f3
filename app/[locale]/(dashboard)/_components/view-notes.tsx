"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { EarlierCoverage } from "@/lib/dashboard/series/earlier-coverage";
import { formats } from "@/lib/dashboard/text/format";
import { type DashboardState, yearLabel } from "@/lib/dashboard/state/url-state";
import { StateLink } from "./state-link";
import { ServerMessage } from "./message";
import type { Unit } from "@/lib/reference/units";

interface Props {
  state: DashboardState;
  dataset: { slug: string; name: string; definition: string; definitionLabel: string; unit: Unit };
  edition: { id: number; label: string };
  newerEdition: string | null;
  earlier: EarlierCoverage | null;
  missing: string[];
  names: Map<string, string>;
  /** SELECTABLE_YEARS as the language writes them */
  yearLabels: string[];
  onChange: (next: DashboardState) => void;
}

/** What the view is drawn from, and what it leaves out: dataset and edition, a newer or earlier edition, countries without figures. */
export function ViewNotes({
  state,
  dataset,
  edition,
  newerEdition,
  earlier,
  missing,
  names,
  yearLabels,
  onChange,
}: Props) {
  const t = useTranslations("dashboard");
  const tu = useTranslations("units");
  const f = formats(useLocale());
  // a measure other than a share of GDP says so, and why the pledges' lines are not drawn, wherever it is shown
  const ownUnit = dataset.unit !== "percent_of_gdp" && ["path", "table", "ranking"].includes(state.view);
  const year = (y: number) => yearLabel(yearLabels, y);
  // messages with values as the server wrote them (message.tsx): hydrating the notes formats nothing. The sources link
  // is not prefetched, as the header's are not (layout.tsx): prefetching fetched and decoded the sources page and its
  // code just after the load, in Lighthouse's blocking time (docs/PERFORMANCE.md, "Issue 12: fourth pass").
  return (
    <>
      <p className="note">
        <ServerMessage
          namespace="dashboard"
          id="datasetLine"
          values={{ dataset: dataset.name, definition: dataset.definitionLabel, edition: edition.label }}
        />{" "}
        ·{" "}
        <Link href={`/sources#${dataset.slug}`} prefetch={false}>
          {t("sourceAndCaveats")}
        </Link>
      </p>
      {ownUnit && dataset.unit !== "percent_of_gdp" && (
        <p className="note unit-note" role="note">
          {tu(`note.${dataset.unit}`)}
        </p>
      )}
      {newerEdition && (
        <p className="banner" role="status">
          <ServerMessage namespace="dashboard" id="pinned" values={{ edition: edition.label, newer: newerEdition }} />{" "}
          <StateLink to={{ ...state, edition: null }} onChange={onChange}>
            {t("viewCurrent")}
          </StateLink>
        </p>
      )}
      {earlier && (
        <p className="banner earlier-edition" role="status">
          <ServerMessage
            namespace="dashboard"
            id="earlierCoverage"
            values={{
              edition: edition.label,
              previous: earlier.edition.label,
              from: year(earlier.from),
              to: year(earlier.to),
            }}
          />{" "}
          <StateLink to={{ ...state, edition: earlier.edition.id }} onChange={onChange}>
            <ServerMessage namespace="dashboard" id="viewEarlier" values={{ previous: earlier.edition.label }} />
          </StateLink>
        </p>
      )}
      {missing.length > 0 && (
        <p className="note" role="status">
          <ServerMessage
            namespace="dashboard"
            id="missing"
            values={{
              dataset: dataset.name,
              countries: f.list(missing.map((c) => names.get(c) ?? c)),
              from: year(state.from),
              to: year(state.to),
            }}
          />
          {missing.includes("JPN") && dataset.definition.startsWith("NATO") ? ` ${t("natoAlliesOnly")}` : ""}
        </p>
      )}
    </>
  );
}
