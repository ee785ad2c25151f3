import { observationsUrl } from "./links";

// The /api page's examples, for the site's own origin. tests/e2e/api-docs.test.ts reads them off the page and runs
// them (curl and Python's csv module always; pandas and R where installed), so an example that stops working fails.
export const EXAMPLE_QUERY = { countries: ["JPN", "POL", "DEU"], from: 2014, to: 2026 };

export type ExampleId = "curl" | "curl-csv" | "python-csv" | "pandas" | "r";

export function apiExamples(origin: string): Record<ExampleId, string> {
  const json = observationsUrl(origin, "sipri", EXAMPLE_QUERY);
  const csv = observationsUrl(origin, "sipri", { ...EXAMPLE_QUERY, format: "csv" });
  return {
    curl: [`curl -s '${origin}/api/v1/datasets'`, `curl -s '${json}'`].join("\n"),
    "curl-csv": `curl -s -o sipri.csv '${csv}'`,
    "python-csv": [
      "import csv, io, urllib.request",
      "",
      `url = "${csv}"`,
      "with urllib.request.urlopen(url) as response:",
      '    rows = list(csv.DictReader(io.TextIOWrapper(response, encoding="utf-8")))',
      "for row in rows:",
      '    print(row["country"], row["year"], row["value"], row["status"], row["edition_label"])',
    ].join("\n"),
    pandas: [
      "import pandas as pd",
      "",
      `df = pd.read_csv("${csv}")`,
      'print(df.pivot(index="year", columns="country", values="value"))',
    ].join("\n"),
    r: [
      `df <- read.csv("${csv}")`,
      'print(reshape(df[, c("country", "year", "value")], idvar = "year", timevar = "country", direction = "wide"))',
    ].join("\n"),
  };
}
