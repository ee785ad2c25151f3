import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The TypeScript sources under `roots` (relative to the repository), as [path, text]. */
export function sourceFiles(...roots: string[]): [string, string][] {
  return roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(ts|tsx|mts)$/.test(f) && !f.endsWith(".d.ts"))
      .map((f) => path.join(root, f).split(path.sep).join("/"))
      .sort()
      .map((file): [string, string] => [file, readFileSync(file, "utf8")]),
  );
}
