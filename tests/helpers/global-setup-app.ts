import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startApp } from "./app-server";
import { editorEntry } from "./editor-hash";
import { adminQuery, uniqueName, urlFor } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    appDatabaseUrl: string;
    editors: { user: string; password: string }[];
  }
}

/**
 * One production server for the browser tests, started by `npm start` against a fresh database on the local
 * server, with two editors configured the way the README says (EDITORS, SESSION_SECRET).
 */
export default async function setup(project: TestProject) {
  const database = uniqueName("dsd_e2e");
  await adminQuery(`CREATE DATABASE ${database}`);
  const editors = [
    { user: "alice", password: randomBytes(12).toString("base64url") },
    { user: "bob", password: randomBytes(12).toString("base64url") },
  ];
  const hashes = await Promise.all(editors.map((e) => editorEntry(e.user, e.password)));
  const app = await startApp({
    DATABASE_URL: urlFor(database),
    EDITORS: hashes.join(" "),
    SESSION_SECRET: randomBytes(32).toString("hex"),
  });
  project.provide("appUrl", app.url);
  project.provide("appDatabaseUrl", urlFor(database));
  project.provide("editors", editors);
  return async () => {
    await app.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
}
