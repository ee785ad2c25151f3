"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import type { RateDefault, ScenarioView } from "@/lib/dashboard/outlook/scenario-view";
import { SCENARIO_HORIZON } from "@/lib/dashboard/outlook/scenario-view";
import type { YearValue } from "@/lib/dashboard/outlook/straight-path";
import { RATE_BOUNDS } from "@/lib/dashboard/state/outlook-state";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";
import { formats } from "@/lib/dashboard/text/format";
import { StateLink } from "./state-link";
import { YenTable } from "./yen-table";

interface Props {
  scenario: ScenarioView;
  target: YearValue;
  /** the countries the scenario may be for (the selected ones with figures), named */
  countries: { iso3: string; name: string }[];
  state: DashboardState;
  onChange: (next: Partial<DashboardState>) => void;
}

const oneDecimal = (v: number) => Math.round(v * 10) / 10;
/** a rate the reader left at its default is not written to the URL: the link then follows a new edition's average */
const asked = (text: string, fallback: RateDefault | null) => {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) return null;
  return fallback && oneDecimal(fallback.value) === oneDecimal(n) ? null : oneDecimal(n);
};

/**
 * The scenario's inputs and what they give. A form that works without JavaScript (it submits the view's URL with
 * the rates); with it, applying the rates redraws the outlook in the browser and writes them to the URL.
 */
export function ScenarioCalculator({ scenario, target, countries, state, onChange }: Props) {
  const t = useTranslations("outlook.scenario");
  const f = formats(useLocale());
  const rate = (v: number) => f.target(oneDecimal(v));
  // the inputs are the form's own (what a reader types before the page is interactive stays), each drawn anew with
  // the rate shown when another scenario arrives (another country, Back)
  const gdp = String(oneDecimal(scenario.gdpGrowth));
  const spend = String(oneDecimal(scenario.spendingGrowth));
  const name = countries.find((c) => c.iso3 === scenario.country)?.name ?? scenario.country;
  const others = new URLSearchParams(
    serializeState({ ...state, scenarioCountry: null, gdpGrowth: null, spendingGrowth: null }),
  );
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const typed = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    onChange({
      gdpGrowth: asked(typed("gdp"), scenario.defaults.gdpGrowth),
      spendingGrowth: asked(typed("spend"), scenario.defaults.spendingGrowth),
    });
  };
  const note = (d: RateDefault | null) =>
    d
      ? t("default", { value: rate(d.value), from: f.year(d.from), to: f.year(d.to), source: t(`sources.${d.source}`) })
      : t("noDefault");
  return (
    <section className="scenario" aria-labelledby="scenario-title">
      <h3 id="scenario-title">{t("title")}</h3>
      <p className="note">
        {t("intro", { country: name, value: f.share(scenario.start.value), year: f.year(scenario.start.year) })}
      </p>
      <form method="get" onSubmit={submit} className="scenario-form">
        {[...others].map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label>
          {t("country")}
          <select
            name="sc"
            value={scenario.country}
            onChange={(e) => onChange({ scenarioCountry: e.target.value, gdpGrowth: null, spendingGrowth: null })}
          >
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("gdp")}
          <input
            type="number"
            name="gdp"
            inputMode="decimal"
            step={0.1}
            min={RATE_BOUNDS.gdp[0]}
            max={RATE_BOUNDS.gdp[1]}
            key={`${scenario.country} ${gdp}`}
            defaultValue={gdp}
          />
          <small>{note(scenario.defaults.gdpGrowth)}</small>
        </label>
        <label>
          {t("spend")}
          <input
            type="number"
            name="spend"
            inputMode="decimal"
            step={0.1}
            min={RATE_BOUNDS.spend[0]}
            max={RATE_BOUNDS.spend[1]}
            key={`${scenario.country} ${spend}`}
            defaultValue={spend}
          />
          <small>{note(scenario.defaults.spendingGrowth)}</small>
        </label>
        <div className="scenario-actions">
          <button type="submit">{t("apply")}</button>
          {(state.gdpGrowth !== null || state.spendingGrowth !== null) && (
            <StateLink to={{ ...state, gdpGrowth: null, spendingGrowth: null }} onChange={(next) => onChange(next)}>
              {t("reset")}
            </StateLink>
          )}
        </div>
      </form>
      <p className="scenario-result" role="status" aria-live="polite">
        {scenario.reached === scenario.start.year
          ? t("already", { target: f.target(target.value) })
          : scenario.reached !== null
            ? t("reached", { target: f.target(target.value), year: f.year(scenario.reached) })
            : t("notReached", { target: f.target(target.value), horizon: f.year(SCENARIO_HORIZON) })}{" "}
        {scenario.needed !== null &&
          scenario.reached !== scenario.start.year &&
          t("needed", {
            target: f.target(target.value),
            targetYear: f.year(target.year),
            value: rate(scenario.needed),
            gdp: rate(scenario.gdpGrowth),
          })}
      </p>
      <div className="table-wrap">
        <table className="scenario-path">
          <caption className="sr-only">{t("pathCaption")}</caption>
          <tbody>
            <tr>
              <th scope="row">{t("year")}</th>
              {scenario.path.map((p) => (
                <td key={p.year} className="num">
                  {f.year(p.year)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t("share")}</th>
              {scenario.path.map((p) => (
                <td key={p.year} className={`num${p.value >= target.value ? " reached" : ""}`}>
                  {f.share(p.value)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {scenario.yen && <YenTable rows={scenario.yen} gdpGrowth={scenario.gdpGrowth} />}
    </section>
  );
}
