"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import type { Revision } from "@/lib/dashboard/series/revisions";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";
import { formats } from "@/lib/dashboard/text/format";

export interface RevisionsData {
  country: string;
  year: number;
  rows: Revision[];
  /** definition → its name in the reader's language */
  definitions: Record<string, string>;
}

interface Props {
  revisions: RevisionsData | null;
  state: DashboardState;
  countries: { iso3: string; name: string }[];
  onChange: (next: Partial<DashboardState>) => void;
}

/**
 * How each edition of the publisher printed one figure, oldest first, with the revision from the edition before and
 * a change of basis marked (NATO's core defence from July 2026). The picker is a form: it works without JavaScript.
 */
export function RevisionsPanel({ revisions, state, countries, onChange }: Props) {
  const t = useTranslations("revisions");
  const locale = useLocale();
  const f = formats(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const years = Array.from({ length: state.to - state.from + 1 }, (_, i) => state.to - i);
  const others = new URLSearchParams(serializeState({ ...state, revision: null }));
  const name = (iso3: string) => countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget).get("rev");
    const picked = typeof value === "string" ? /^([A-Z]{3})-(\d{4})$/.exec(value) : null;
    if (picked) onChange({ revision: { country: picked[1]!, year: Number(picked[2]) } });
  };
  return (
    <section className="revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">
        {revisions ? t("title", { country: name(revisions.country), year: f.year(revisions.year) }) : t("pick")}
      </h2>
      <form method="get" className="revisions-form" onSubmit={submit}>
        {[...others].map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label>
          {t("figure")}
          <select name="rev" defaultValue={revisions ? `${revisions.country}-${revisions.year}` : undefined}>
            {state.countries.map((c) => (
              <optgroup key={c} label={name(c)}>
                {years.map((y) => (
                  <option key={y} value={`${c}-${y}`}>
                    {t("option", { country: name(c), year: f.year(y) })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="submit">{t("show")}</button>
      </form>
      {revisions && (
        <div className="table-wrap">
          <table className="revisions-table">
            <caption className="sr-only">
              {t("title", { country: name(revisions.country), year: f.year(revisions.year) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("edition")}</th>
                <th scope="col">{t("published")}</th>
                <th scope="col" className="num">
                  {t("value")}
                </th>
                <th scope="col" className="num">
                  {t("change")}
                </th>
                <th scope="col" className="basis">
                  {t("basis")}
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.rows.map((r) => (
                <tr
                  key={r.edition.id}
                  data-edition={r.edition.label}
                  className={r.basisChanged ? "basis-changed" : undefined}
                >
                  <th scope="row">
                    <bdi>{r.edition.label}</bdi>
                  </th>
                  <td>{r.edition.publishedOn ? date.format(new Date(r.edition.publishedOn)) : "—"}</td>
                  <td className="num">
                    {r.value === null
                      ? t("noFigure")
                      : `${f.share(r.value)}${r.status && r.status !== "actual" ? ` ${t(`status.${r.status}`)}` : ""}`}
                  </td>
                  <td className="num">{r.change === null ? "—" : t("points", { value: f.points(r.change) })}</td>
                  <td className="basis">
                    {revisions.definitions[r.edition.definition] ?? r.edition.definition}
                    {r.basisChanged && <strong className="basis-change"> {t("basisChanged")}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revisions?.rows.some((r) => r.basisChanged) && <p className="note">{t("basisNote")}</p>}
    </section>
  );
}
