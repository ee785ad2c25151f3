import type { TestProject } from "vitest/node";
import { startApp } from "./app-server";
import { adminQuery, uniqueName, urlFor } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** One production server for the browser tests, started by `npm start` against a fresh database on the local server. */
export default async function setup(project: TestProject) {
  const database = uniqueName("dsd_e2e");
  await adminQuery(`CREATE DATABASE ${database}`);
  const app = await startApp({ DATABASE_URL: urlFor(database) });
  project.provide("appUrl", app.url);
  return async () => {
    await app.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
}
