"use client";

import { type ComponentType, createElement, lazy } from "react";

// The charts' drawings (Recharts' shapes and the geometry behind them) are not in the page's first JavaScript: the
// server draws them into the HTML and hydration keeps that markup (server-drawing.tsx). The browser loads them at the
// reader's first pointer, touch, key or focus on the page (on-first-intent.ts), before a redraw needs them: not with
// the page (next/dynamic would preload them, taking a slow link's bandwidth from the page's own scripts), and not for
// a reader who only reads.

/** A drawing drawn at once when its code is here, so a redraw never waits; through React.lazy otherwise (the
 * server's first render, a client navigation before the reader reached for the page). */
function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Drawing = (props: P) => createElement(loaded ?? Lazy, props);
  return { Drawing, preload };
}

const path = deferred(() => import("./path-drawing").then((m) => m.PathDrawing));
const ranking = deferred(() => import("./ranking-drawing").then((m) => m.RankingDrawing));
const definitions = deferred(() => import("./definitions-drawing").then((m) => m.DefinitionsDrawing));
const outlook = deferred(() => import("./outlook-drawing").then((m) => m.OutlookDrawing));
export const PathDrawing = path.Drawing;
export const RankingDrawing = ranking.Drawing;
export const DefinitionsDrawing = definitions.Drawing;
export const OutlookDrawing = outlook.Drawing;

let loading: Promise<unknown> | null = null;

/** The drawings' code, once per page (again after a failed attempt). */
export function loadDrawings(): Promise<unknown> {
  loading ??= Promise.all([path.preload(), ranking.preload(), definitions.preload(), outlook.preload()]).catch(
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
