"use client";

import { useTranslations } from "next-intl";
import { TEXT_ENCODINGS } from "@/lib/csv/encoding";
import type { ParseOverrides } from "@/lib/csv/parse";
import type { CsvPreview } from "@/lib/csv/preview";

/** What the browser makes of the file's first rows, with every detected setting open to correction. */
export function PreviewPanel({
  preview,
  overrides,
  onChange,
}: {
  preview: CsvPreview;
  overrides: ParseOverrides;
  onChange: (o: ParseOverrides) => void;
}) {
  const t = useTranslations("upload");
  const issue = useTranslations("csvIssues");
  const set = (key: keyof ParseOverrides) => (e: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...overrides, [key]: e.target.value || undefined });
  const workbook = preview.container === "xlsx";
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t("preview")}</h2>
      <div className="grid-2">
        <label>
          {t("format")}{" "}
          <output>
            {preview.format ?? t("notRecognised")}
            {workbook ? ` · ${t("workbook")}` : ""}
          </output>
        </label>
        {workbook ? (
          <label>
            {t("sheet")}{" "}
            <select value={overrides.sheet ?? ""} onChange={set("sheet")}>
              <option value="">{t("chosenSheet", { value: preview.sheet ?? "—" })}</option>
              {preview.sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <label>
              {t("encoding")}{" "}
              <select value={overrides.encoding ?? ""} onChange={set("encoding")}>
                <option value="">{t("detected", { value: preview.encoding })}</option>
                {TEXT_ENCODINGS.map((e) => (
                  <option key={e}>{e}</option>
                ))}
              </select>
            </label>
            <label>
              {t("delimiter")}{" "}
              <select value={overrides.delimiter ?? ""} onChange={set("delimiter")}>
                <option value="">
                  {t("detected", { value: preview.delimiter === "\t" ? "tab" : preview.delimiter })}
                </option>
                <option value=",">,</option>
                <option value=";">;</option>
                <option value={"\t"}>tab</option>
              </select>
            </label>
            <label>
              {t("decimal")}{" "}
              <select value={overrides.decimal ?? ""} onChange={set("decimal")}>
                <option value="">{t("detected", { value: preview.decimal })}</option>
                <option value=".">.</option>
                <option value=",">,</option>
              </select>
            </label>
          </>
        )}
        <label>
          {t("unit")}{" "}
          <select value={overrides.unit ?? ""} onChange={set("unit")}>
            <option value="">{t("unitAuto")}</option>
            <option value="percent">{t("unitPercent")}</option>
            <option value="fraction">{t("unitFraction")}</option>
          </select>
        </label>
      </div>
      {preview.suspectFractions && (
        <p role="alert" className="error-text">
          {t("suspectFractions")}
        </p>
      )}
      {preview.problem && (
        <p role="alert" className="error-text">
          {issue(preview.problem.code, preview.problem.params)}
        </p>
      )}
      {preview.header.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {preview.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r, i) => (
                <tr key={i}>
                  {preview.header.map((_, j) => (
                    <td key={j}>{r[j] ?? ""}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
