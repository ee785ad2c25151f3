// `npm run data:build [-- --check]`: rebuilds the shipped CSVs listed in data/build.json from the publishers' own
// files in ../shared/datasets, with the importer's reader. --check writes nothing and fails if data/ differs.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildShippedFile, readBuild, unitOfShippedFile } from "../lib/import/shipped-build";
import { readManifest } from "../lib/import/shipped-manifest";

const dataDir = path.join(process.cwd(), "data");
const datasets = process.env.SHARED_DATASETS ?? path.resolve(process.cwd(), "..", "shared", "datasets");
const check = process.argv.includes("--check");
let differs = 0;
const manifest = await readManifest(dataDir);
for (const recipe of await readBuild(dataDir)) {
  const built = await buildShippedFile(recipe, datasets, unitOfShippedFile(manifest, recipe.output));
  const target = path.join(dataDir, recipe.output);
  const same = (await readFile(target, "utf8").catch(() => "")) === built.csv;
  if (!same && !check) await writeFile(target, built.csv);
  if (!same) differs += 1;
  console.log(
    `${recipe.input} → data/${recipe.output}: ${built.rows} rows, ${built.countries} countries ` +
      `(of ${built.observations} figures read) ${same ? "unchanged" : check ? "DIFFERS" : "written"}`,
  );
}
if (check && differs > 0) process.exitCode = 1;
