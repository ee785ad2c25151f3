import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The launcher `npm run import` goes through (scripts/run-bundled.mjs), in a project of its own: a script that
// imports a module, so the test can edit that module and see which code runs.
let project: string;
const run = (...args: string[]) =>
  promisify(execFile)("node", [path.join(project, "scripts", "run-bundled.mjs"), "hello", ...args], { cwd: project });
const manifest = async () =>
  JSON.parse(await readFile(path.join(project, ".cache", "cli", "hello", "current.json"), "utf8")) as {
    build: string;
    inputs: string[];
  };
const greeting = (word: string) =>
  writeFile(path.join(project, "lib", "greeting.ts"), `export const greeting: string = ${JSON.stringify(word)};\n`);

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), "dsd-run-bundled-"));
  await mkdir(path.join(project, "scripts"));
  await mkdir(path.join(project, "lib"));
  await cp("scripts/run-bundled.mjs", path.join(project, "scripts", "run-bundled.mjs"));
  await symlink(path.resolve("node_modules"), path.join(project, "node_modules"));
  await writeFile(
    path.join(project, "scripts", "hello.ts"),
    `import { greeting } from "../lib/greeting";\nconsole.log(greeting, process.argv.slice(2).join(" "));\n`,
  );
  await greeting("hello");
});
afterAll(() => rm(project, { recursive: true, force: true }));

describe("scripts/run-bundled.mjs", () => {
  it("runs the script with its arguments, bundled once", async () => {
    expect((await run("a", "--b")).stdout).toBe("hello a --b\n");
    const first = await manifest();
    expect(first.inputs.sort()).toEqual(["lib/greeting.ts", "scripts/hello.ts"]);
    expect((await run()).stdout).toBe("hello \n");
    expect((await manifest()).build).toBe(first.build);
  });

  it("bundles again when a file the script imports changed, never running the stale bundle", async () => {
    const before = (await manifest()).build;
    await greeting("changed");
    expect((await run()).stdout).toBe("changed \n");
    expect((await manifest()).build).not.toBe(before);
  });

  it("refuses a script name that is not a plain word", async () => {
    const bad = promisify(execFile)("node", [path.join(project, "scripts", "run-bundled.mjs"), "../etc"], {
      cwd: project,
    });
    const failure = (await bad.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | null;
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain("usage:");
  });
});
