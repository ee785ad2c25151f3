"use client";

import { type ComponentType, createElement, lazy } from "react";
import { onIdle } from "./on-idle";

// The charts' drawings (Recharts' shapes and the geometry behind them) are not in the page's first JavaScript: the
// server draws them into the HTML and hydration keeps that markup (server-drawing.tsx). The browser loads them once
// the page has loaded and is idle (on-idle.ts), before a redraw needs them: not with the page (next/dynamic would
// preload them, taking a slow link's bandwidth and a phone's main thread from the page's own first paint).

/** A drawing drawn at once when its code is here, so a redraw never waits; through React.lazy otherwise (the
 * server's first render, a client navigation before the page was idle). */
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

let preloading: Promise<unknown> | null = null;

/**
 * The drawings' code loaded when the browser is idle, one drawing per idle moment (the path's first, with the code the
 * drawings share): a phone's main thread then runs it in a few short tasks rather than one long one.
 */
export function preloadDrawings(): Promise<unknown> {
  const idle = () => new Promise<void>((resolve) => onIdle(resolve, 3000));
  const steps: (() => Promise<unknown>)[] = [path.preload, outlook.preload, ranking.preload, definitions.preload];
  preloading ??= steps
    .reduce<Promise<unknown>>((done, step) => done.then(idle).then(step), Promise.resolve())
    .catch((error: unknown) => {
      preloading = null;
      throw error;
    });
  return preloading;
}
