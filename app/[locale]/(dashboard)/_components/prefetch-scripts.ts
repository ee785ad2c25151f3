let done = false;

/**
 * Asks the browser to fetch scripts into its cache without running them (<link rel="prefetch">, the lowest network
 * priority): the drawings' code is then at hand for the first redraw, and costs the page no main-thread time.
 */
export function prefetchScripts(urls: readonly string[]): void {
  if (done) return;
  done = true;
  for (const href of urls) {
    const link = document.createElement("link");
    link.rel = "prefetch";
    link.as = "script";
    link.href = href;
    document.head.append(link);
  }
}
