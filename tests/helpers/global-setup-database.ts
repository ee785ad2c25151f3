import type { TestProject } from "vitest/node";
import { disposeTemplate, prepareTemplate } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "postgres" | "embedded";
    templateDatabase: string;
  }
}

/**
 * db:postgres builds one migrated template database on the local server; each test file clones it, so files
 * run in parallel without sharing data. db:embedded files each start their own in-memory PGlite server.
 */
export default async function setup(project: TestProject) {
  const kind = project.name === "db:postgres" ? "postgres" : "embedded";
  project.provide("dbKind", kind);
  if (kind === "embedded") {
    project.provide("templateDatabase", "");
    return;
  }
  const template = await prepareTemplate();
  project.provide("templateDatabase", template);
  return () => disposeTemplate(template);
}
