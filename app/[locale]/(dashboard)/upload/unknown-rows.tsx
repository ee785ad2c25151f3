"use client";

import { useTranslations } from "next-intl";
import type { TableCheck } from "@/lib/csv/table-check";

/**
 * Rows whose country nobody recognises, all named at once (from the whole file, read in the browser as the server
 * will read it), and the editor's choice to leave them out rather than have the file refused.
 */
export function UnknownRows({
  check,
  leaveOut,
  onChange,
}: {
  check: TableCheck;
  leaveOut: boolean;
  onChange: (leaveOut: boolean) => void;
}) {
  const t = useTranslations("upload");
  const { rows, names } = check.unknownCountries;
  if (rows === 0) return null;
  return (
    <fieldset className="unknown-rows" aria-labelledby="unknown-rows-title">
      <legend id="unknown-rows-title">{t("unknownRows", { count: rows })}</legend>
      <ul>
        {names.map((n) => (
          <li key={n.name}>
            <bdi>{n.name}</bdi> · {t("unknownRowAt", { line: n.line, rows: n.rows })}
          </li>
        ))}
      </ul>
      <label className="radio">
        <input type="checkbox" checked={leaveOut} onChange={(e) => onChange(e.target.checked)} />{" "}
        {t("leaveOutUnknown", { count: rows })}
      </label>
    </fieldset>
  );
}
