/** Runs `task` when the browser is idle (at the latest after `timeout` ms); returns what cancels it. */
export function onIdle(task: () => void, timeout: number): () => void {
  if (window.requestIdleCallback) {
    const id = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, timeout / 10);
  return () => window.clearTimeout(id);
}
