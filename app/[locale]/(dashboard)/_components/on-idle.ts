/** Runs `task` when the browser is idle (at the latest after `timeout` ms); returns what cancels it. */
export function onIdle(task: () => void, timeout: number): () => void {
  if (window.requestIdleCallback) {
    const id = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, timeout / 10);
  return () => window.clearTimeout(id);
}

/**
 * Runs `task` once the page has loaded (its `load` event: the first frame is painted and the page's own requests are
 * done) and the browser is then idle, so what it loads or runs takes nothing from the first paint.
 */
export function onIdleAfterLoad(task: () => void, timeout: number): () => void {
  if (document.readyState === "complete") return onIdle(task, timeout);
  let cancelIdle = () => {};
  const loaded = () => (cancelIdle = onIdle(task, timeout));
  window.addEventListener("load", loaded, { once: true });
  return () => (window.removeEventListener("load", loaded), cancelIdle());
}
