import type { Page } from "playwright-core";

/** Commits the reviewed upload on the upload page, confirming the removals it names if there are any; the edition id. */
export async function commitInBrowser(page: Page): Promise<number> {
  const confirmRemovals = page.getByLabel(/Yes, remove these \d+ figures/);
  if (await confirmRemovals.count()) await confirmRemovals.check();
  await page.getByRole("button", { name: "Commit as the current edition" }).click();
  const committed = page.getByText(/Committed: edition #\d+ is now current/);
  await committed.waitFor();
  return Number(/#(\d+)/.exec(await committed.innerText())![1]);
}
