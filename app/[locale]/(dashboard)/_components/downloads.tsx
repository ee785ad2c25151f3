"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

interface Props {
  /** query string of the current view ("" or "?…") */
  query: string;
  /** file name without extension for PNG/SVG */
  name: string;
  /** element whose first chart <svg> is exported */
  chartId: string;
}

/** CSV of the view and of the dataset from the server; PNG and SVG of the chart as drawn. */
/** every view's chart drawing (the outlook's and the equipment scatter's too) */
const CHART_DRAWINGS = "svg.path-chart, svg.ranking-chart, svg.definitions-chart, svg.outlook-chart, svg.scatter-chart";

export function Downloads({ query, name, chartId }: Props) {
  const t = useTranslations("downloads");
  // the language of names, labels and formulas in the file
  const lang = `${query ? "&" : "?"}lang=${useLocale()}`;
  const [error, setError] = useState<string | null>(null);
  const chartSvg = () => {
    // the drawing on screen: each chart is in the page twice (phone and wide), one of them hidden
    const drawn = [...(document.getElementById(chartId)?.querySelectorAll(CHART_DRAWINGS) ?? [])];
    const svg = drawn.find((s) => s.getBoundingClientRect().width > 0);
    if (!svg) throw new Error(t("noChart"));
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const { width, height } = svg.getBoundingClientRect();
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("width", String(width));
    copy.setAttribute("height", String(height));
    copy.setAttribute("font-family", "sans-serif");
    const background = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    background.setAttribute("width", "100%");
    background.setAttribute("height", "100%");
    background.setAttribute("fill", "#ffffff");
    copy.insertBefore(background, copy.firstChild);
    return { text: new XMLSerializer().serializeToString(copy), width, height };
  };
  const save = (href: string, file: string) => {
    const a = document.createElement("a");
    a.href = href;
    a.download = file;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  const svg = () => {
    try {
      const { text } = chartSvg();
      save(URL.createObjectURL(new Blob([text], { type: "image/svg+xml" })), `${name}.svg`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const png = async () => {
    try {
      const { text, width, height } = chartSvg();
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * 2);
      canvas.height = Math.round(height * 2);
      const context = canvas.getContext("2d")!;
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      save(canvas.toDataURL("image/png"), `${name}.png`);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="toolbar" role="group" aria-label={t("label")}>
      <span className="note">{t("download")}</span>
      <a className="button" href={`/download/view.csv${query}${lang}`} download>
        {t("viewCsv")}
      </a>
      <a className="button" href={`/download/dataset.csv${query}${lang}`} download>
        {t("datasetCsv")}
      </a>
      <button type="button" className="button" onClick={() => void png()}>
        PNG
      </button>
      <button type="button" className="button" onClick={svg}>
        SVG
      </button>
      {error && (
        <span role="alert" className="note">
          {error}
        </span>
      )}
    </div>
  );
}
