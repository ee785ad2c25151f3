import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../helpers/source-files";

// "Configuration is read only through lib/env": there the environment is validated (a bad value fails at once, by
// name) and documented. A `process.env` anywhere else in app/, lib/ or the top-level modules fails here; scripts/,
// bench/ and tests/ set the environment of the processes they start and may read it.
function environmentReads(file: string, text: string): string[] {
  if (!text.includes("process.env")) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === "env" &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "process"
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${node.parent.getText().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const topLevel = readdirSync(".").filter((f) => /^[\w-]+\.ts$/.test(f));
const product = sourceFiles("app", "lib")
  .concat(topLevel.map((f) => [f, readFileSync(f, "utf8")]))
  .filter(([file]) => file !== "lib/env.ts");

describe("configuration is read through lib/env", () => {
  it("no module of app/ or lib/ reads process.env itself", () => {
    expect(product.flatMap(([f, t]) => environmentReads(f, t))).toEqual([]);
  });

  it("finds a read and a write, and not the words in a string or a comment", () => {
    expect(environmentReads("x.ts", "const url = process.env.DATABASE_URL;")).toHaveLength(1);
    expect(environmentReads("x.ts", 'process.env["PORT"] = "1";')).toHaveLength(1);
    expect(environmentReads("x.ts", '// process.env.X\nconst d = { "process.env.NODE_ENV": "1" };')).toEqual([]);
  });
});
