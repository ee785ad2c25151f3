import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { ZDatasetList, ZObservations } from "../../lib/public-api/schemas";

// The /api guide as a reader finds it, in each language, and its examples run exactly as printed: curl and
// Python's csv module always; pandas and R where this machine has them.
const base = inject("appUrl");
const work = await mkdtemp(path.join(os.tmpdir(), "dsd-api-examples-"));
afterAll(() => rm(work, { recursive: true, force: true }));

const decode = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
const page = (locale = "") => fetch(`${base}${locale}/api`).then((r) => r.text());
const example = (html: string, id: string) => {
  const found = new RegExp(`<code data-example="${id}">([\\s\\S]*?)</code>`).exec(html);
  if (!found) throw new Error(`no example ${id} on the page`);
  return decode(found[1]!);
};
const has = (command: string, args: string[]) => spawnSync(command, args).status === 0;
// the Python on PATH, or Debian's (apt's python3-pandas installs into it), whichever has pandas
const pandasPython = ["python3", "/usr/bin/python3"].find((p) => has(p, ["-c", "import pandas"]));
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: work, encoding: "utf8", timeout: 60_000 });

describe("/api", () => {
  it("is there in English, Arabic (right to left) and Japanese, naming every problem type it links", async () => {
    for (const [locale, lang, dir] of [
      ["", "en", "ltr"],
      ["/ar", "ar", "rtl"],
      ["/ja", "ja", "ltr"],
    ] as const) {
      const response = await fetch(`${base}${locale}/api`);
      expect(response.status, locale).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}" dir="${dir}"`);
      for (const code of ["invalid-parameter", "unknown-dataset", "unknown-edition", "unavailable"])
        expect(html).toContain(`id="problem-${code}"`);
      expect(example(html, "curl")).toContain(`${base}/api/v1/datasets`);
    }
  });

  it("its curl examples run as printed", async () => {
    const html = await page();
    const [datasets, observations] = example(html, "curl")
      .split("\n")
      .map((line) => run("sh", ["-c", line]));
    expect(ZDatasetList.parse(JSON.parse(datasets!)).datasets.map((d) => d.slug)).toContain("sipri");
    const body = ZObservations.parse(JSON.parse(observations!));
    expect(new Set(body.observations.map((o) => o.country))).toEqual(new Set(["JPN", "POL", "DEU"]));
    run("sh", ["-c", example(html, "curl-csv")]);
    const csv = await readFile(path.join(work, "sipri.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "dataset,edition,edition_label,country,country_name,year,value,status,note,source",
    );
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(body.observations.length + 1);
  });

  it("its Python csv example prints every figure with its status and edition", async () => {
    const out = run("python3", ["-c", example(await page("/ja"), "python-csv")]);
    const lines = out.trim().split("\n");
    expect(lines.length).toBeGreaterThan(20);
    expect(lines).toContainEqual(expect.stringMatching(/^JPN 2024 [\d.]+ actual April 2026/));
  });

  it.runIf(pandasPython)("its pandas example prints a table by country", async () => {
    const out = run(pandasPython!, ["-c", example(await page(), "pandas")]);
    expect(out).toMatch(/country\s+DEU\s+JPN\s+POL/);
    expect(out).toMatch(/\n2024\s+[\d.]+\s+[\d.]+\s+[\d.]+/);
  });

  it.runIf(has("Rscript", ["--version"]))("its R example prints a table by country", async () => {
    const out = run("Rscript", ["-e", example(await page(), "r")]);
    expect(out).toMatch(/value\.JPN/);
  });
});
