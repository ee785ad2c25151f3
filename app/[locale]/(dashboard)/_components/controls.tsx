"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState } from "react";
import { type DashboardState, SELECTABLE_YEARS, serializeState, yearLabel } from "@/lib/dashboard/state/url-state";
import { ServerMessage } from "./message";

interface Props {
  state: DashboardState;
  /** the same view pinned to the edition shown (`v=`), for a link whose numbers never change */
  pinnedQuery: string;
  countries: { iso3: string; name: string; groups: string[] }[];
  datasets: { slug: string; name: string }[];
  /** SELECTABLE_YEARS as the language writes them (by the server, so hydrating the controls formats no number) */
  yearLabels: string[];
  /** shown under the dataset picker: how current the data is */
  children?: ReactNode;
  /** a change waits for figures or for the server */
  pending: boolean;
  onChange: (next: Partial<DashboardState>) => void;
}

const GROUPS = ["NATO", "NATO_EUROPE", "EU", "G7", "IP4"] as const;

/** Every control changes the dashboard's state, which lives in the URL, so a reload or a shared link is identical. */
export function Controls({
  state,
  pinnedQuery,
  countries,
  datasets,
  yearLabels,
  children,
  pending,
  onChange: go,
}: Props) {
  const t = useTranslations("controls");
  const locale = useLocale();
  const selected = new Set(state.countries);
  const [query, setQuery] = useState("");
  const [copied, setCopied] = useState<"live" | "pinned" | null>(null);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const matching = countries.filter((c) => !q || c.name.toLowerCase().includes(q) || c.iso3.toLowerCase() === q);
    // selected countries first, so what is on the chart is visible in the list
    return [
      ...matching.filter((c) => state.countries.includes(c.iso3)),
      ...matching.filter((c) => !state.countries.includes(c.iso3)),
    ];
  }, [countries, query, state.countries]);
  const toggle = (iso3: string) => {
    const next = selected.has(iso3) ? state.countries.filter((c) => c !== iso3) : [...state.countries, iso3];
    if (next.length > 0) go({ countries: next });
  };
  const copy = async (kind: "live" | "pinned") => {
    // the link carries its language (/en/… too), so it opens as the sender saw it
    const base = `${window.location.origin}/${locale}`;
    const link = kind === "live" ? `${base}${serializeState({ ...state, edition: null })}` : `${base}${pinnedQuery}`;
    await navigator.clipboard?.writeText(link).catch(() => {});
    setCopied(kind);
    setTimeout(() => setCopied(null), 2000);
  };

  // a disclosure, closed on phones (one tap away above the chart); on wider screens CSS shows it open without its summary
  return (
    <details className="controls-disclosure">
      <summary>
        <ServerMessage namespace="controls" id="summary" values={{ count: state.countries.length }} />
      </summary>
      <form className="controls panel" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <label htmlFor="dataset">{t("dataset")}</label>
          <select
            id="dataset"
            value={state.dataset}
            // the whole name, for one too long to show
            title={datasets.find((d) => d.slug === state.dataset)?.name}
            onChange={(e) => go({ dataset: e.target.value, edition: null })}
          >
            {datasets.map((d) => (
              // the name alone: with its edition it overflowed the panel (the editions are listed just below)
              <option key={d.slug} value={d.slug}>
                {d.name}
              </option>
            ))}
          </select>
          {children}
        </fieldset>
        <fieldset className="years">
          <div>
            <label htmlFor="from">{t("from")}</label>
            <select id="from" value={state.from} onChange={(e) => go({ from: Number(e.target.value) })}>
              {SELECTABLE_YEARS.filter((y) => y <= state.to).map((y) => (
                <option key={y} value={y}>
                  {yearLabel(yearLabels, y)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="to">{t("to")}</label>
            <select id="to" value={state.to} onChange={(e) => go({ to: Number(e.target.value) })}>
              {SELECTABLE_YEARS.filter((y) => y >= state.from).map((y) => (
                <option key={y} value={y}>
                  {yearLabel(yearLabels, y)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset>
          <legend>
            <ServerMessage namespace="controls" id="countries" values={{ count: state.countries.length }} />
          </legend>
          <div className="chips" role="group" aria-label={t("selectGroup")}>
            {GROUPS.map((group) => (
              <button
                key={group}
                type="button"
                onClick={() =>
                  go({
                    countries: [
                      "JPN",
                      ...countries.filter((c) => c.groups.includes(group) && c.iso3 !== "JPN").map((c) => c.iso3),
                    ],
                  })
                }
              >
                {t(`groups.${group}`)}
              </button>
            ))}
            <button type="button" onClick={() => go({ countries: ["JPN"] })}>
              {t("japanOnly")}
            </button>
          </div>
          <input
            type="search"
            aria-label={t("search")}
            placeholder={t("search")}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            style={{ marginTop: "0.5rem" }}
          />
          <div className="country-list">
            {shown.map((c) => (
              <label key={c.iso3}>
                <input type="checkbox" checked={selected.has(c.iso3)} onChange={() => toggle(c.iso3)} />
                {c.name}
              </label>
            ))}
            {shown.length === 0 && <p className="note">{t("noMatch", { query })}</p>}
          </div>
        </fieldset>
        <div className="chips" aria-live="polite">
          <button type="button" onClick={() => void copy("live")} title={t("copyLinkHint")}>
            {copied === "live" ? t("copied") : t("copyLink")}
          </button>
          <button type="button" onClick={() => void copy("pinned")} title={t("copyPinnedHint")}>
            {copied === "pinned" ? t("pinnedCopied") : t("copyPinned")}
          </button>
        </div>
      </form>
    </details>
  );
}
