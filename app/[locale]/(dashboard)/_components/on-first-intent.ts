/** What a reader does before using a control: a pointer over the page, a touch, a key, focus moving in. */
const INTENT = ["pointerover", "pointerdown", "touchstart", "keydown", "focusin"] as const;

/**
 * Runs `task` once, at the reader's first sign of using the page (at the latest when they touch or click it), so what
 * only a reader who changes the view needs is not loaded for every reader who only reads. Returns what cancels it.
 */
export function onFirstIntent(task: () => void): () => void {
  const cancel = () => INTENT.forEach((type) => window.removeEventListener(type, run, true));
  function run() {
    cancel();
    task();
  }
  INTENT.forEach((type) => window.addEventListener(type, run, { capture: true, passive: true }));
  return cancel;
}
