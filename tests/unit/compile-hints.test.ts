import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "../../scripts/compile-hints";

// A build directory shaped like Next.js's: build-manifest.json names the scripts every page runs at start-up.
let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function build(files: Record<string, string>, rootMainFiles: string[]) {
  dist = mkdtempSync(path.join(os.tmpdir(), "dsd-hints-"));
  mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dist, name), body);
  writeFileSync(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({ rootMainFiles, polyfillFiles: ["static/chunks/polyfill.js"] }),
  );
}
const read = (name: string) => readFileSync(path.join(dist, name), "utf8");

describe("V8 compile hints on the start-up scripts", () => {
  it("marks each start-up script once, at its very start, and leaves every other file as it was", () => {
    const runtime =
      '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,1,e=>{}]);';
    build(
      {
        "static/chunks/framework.js": runtime,
        "static/chunks/page.js": "page()",
        "static/chunks/polyfill.js": "poly()",
      },
      ["static/chunks/framework.js"],
    );
    expect(addCompileHints(dist)).toEqual(["static/chunks/framework.js"]);
    expect(read("static/chunks/framework.js")).toBe(`//# allFunctionsCalledOnLoad\n${runtime}`);
    expect(read("static/chunks/page.js")).toBe("page()");
    expect(read("static/chunks/polyfill.js")).toBe("poly()");
    // a second run (npm run build, then npm start finding the build current) changes nothing
    expect(addCompileHints(dist)).toEqual([]);
    expect(read("static/chunks/framework.js").split(COMPILE_HINT).length).toBe(2);
  });

  it("does nothing on a build whose manifest names no start-up scripts", () => {
    build({ "static/chunks/page.js": "page()" }, []);
    expect(addCompileHints(dist)).toEqual([]);
    expect(read("static/chunks/page.js")).toBe("page()");
  });
});
