"use client";

import dynamic from "next/dynamic";

// The chart library is most of the page's JavaScript, and charts size themselves to the browser window, so the
// server has nothing to draw: load each chart after the page is interactive, with a placeholder of the same size.
const placeholder = () => <div className="chart chart-loading" aria-busy="true" />;

export const PathChart = dynamic(() => import("./path-chart").then((m) => m.PathChart), { ssr: false, loading: placeholder });
export const RankingChart = dynamic(() => import("./ranking-chart").then((m) => m.RankingChart), { ssr: false, loading: placeholder });
export const DefinitionsChart = dynamic(() => import("./definitions-chart").then((m) => m.DefinitionsChart), { ssr: false, loading: placeholder });
