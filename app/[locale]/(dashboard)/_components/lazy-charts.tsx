"use client";

import dynamic from "next/dynamic";

// The chart library is most of the page's JavaScript, and its charts size themselves to the browser window, so the
// server has nothing to draw: load the ranking and definitions charts after the page is interactive, with a
// placeholder of the same size. (The path chart, the home page's, is drawn on the server: path-chart.tsx.)
const placeholder = () => <div className="chart chart-loading" aria-busy="true" />;

export const RankingChart = dynamic(() => import("./ranking-chart").then((m) => m.RankingChart), { ssr: false, loading: placeholder });
export const DefinitionsChart = dynamic(() => import("./definitions-chart").then((m) => m.DefinitionsChart), { ssr: false, loading: placeholder });
