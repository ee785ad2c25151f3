import { launchChromium } from "../tests/helpers/browser";
const browser = await launchChromium();
for (const [name, url, w] of process.argv.slice(2).map((a) => a.split("|"))) {
  const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
  await page.goto(`http://127.0.0.1:3410${url}`, { waitUntil: "networkidle" });
  const el = page.locator(name!.startsWith("rev") ? "table.revisions-table" : "#chart").first();
  await el.screenshot({ path: `/tmp/instant-${name}.png` });
  await page.close();
}
await browser.close();
