import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../helpers/source-files";

// "All SQL lives in lib/db" (README): a string or template literal that reads as SQL anywhere else in the product
// fails here. bench/ and tests/ may hold SQL of their own (they set up and measure databases).
const SQL = new RegExp(
  String.raw`\b(SELECT\s+[\w*"(]|INSERT\s+INTO|UPDATE\s+"?\w+"?\s+SET|DELETE\s+FROM|COPY\s+"?\w+|` +
    String.raw`CREATE\s+(TABLE|INDEX|DATABASE|EXTENSION)|ALTER\s+TABLE|DROP\s+(TABLE|DATABASE)|TRUNCATE\s|` +
    String.raw`LOCK\s+TABLE|BEGIN|COMMIT|ROLLBACK|pg_advisory)`,
);

function sqlLiterals(file: string, text: string): string[] {
  if (!SQL.test(text)) return []; // most files: no need to parse them
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ")
          : null;
    if (literal !== null && SQL.test(literal)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${literal.replace(/\s+/g, " ").slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const topLevel = readdirSync(".").filter((f) => /^[\w-]+\.ts$/.test(f));
const product = sourceFiles("app", "lib", "scripts").concat(topLevel.map((f) => [f, readFileSync(f, "utf8")]));
const outside = product.filter(([file]) => !file.startsWith("lib/db/"));

describe("SQL lives in lib/db", () => {
  it("no string outside lib/db, bench and tests reads as SQL", () => {
    const found = outside.flatMap(([f, t]) => sqlLiterals(f, t));
    expect(found).toEqual([]);
  });

  it("recognises the SQL it is meant to find, and not prose", () => {
    expect(sqlLiterals("x.ts", "q(`SELECT 1 FROM countries LIMIT 1`)")).toHaveLength(1);
    expect(sqlLiterals("x.ts", 'q("UPDATE datasets SET name = $2 WHERE slug = $1")')).toHaveLength(1);
    expect(sqlLiterals("x.ts", "q(`DELETE FROM editions WHERE id = ${id}`)")).toHaveLength(1);
    expect(sqlLiterals("x.ts", 'q("BEGIN")')).toHaveLength(1);
    expect(sqlLiterals("x.ts", '// SELECT in a comment\nt("Select the sheet to read")')).toEqual([]);
  });
});
