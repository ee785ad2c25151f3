import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { disconnectPrisma, getPrisma } from "../../lib/db/client";
import { startEmbeddedServer } from "../../lib/db/embedded";
import { closePool, getPool } from "../../lib/db/pool";
import { prepareDatabase } from "../../lib/db/prepare-database";
import { disposeTemplate, prepareTemplate } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "postgres" | "embedded";
    /** db:postgres: the migrated template database each file clones */
    templateDatabase: string;
    /** db:embedded: a dump of a migrated PGlite cluster each file's in-memory server starts from */
    embeddedTemplate: string;
  }
}

/**
 * A migrated template with reference data, made once: db:postgres builds a template database on the local server,
 * which each test file clones; db:embedded dumps a migrated in-memory PGlite, from which each file starts its own
 * in-memory server. Files run in parallel without sharing data, and none pays for migrations (or initdb) again.
 */
export default async function setup(project: TestProject) {
  const kind = project.name === "db:postgres" ? "postgres" : "embedded";
  project.provide("dbKind", kind);
  if (kind === "embedded") {
    project.provide("templateDatabase", "");
    const dir = await mkdtemp(path.join(os.tmpdir(), "dsd-pglite-template-"));
    const dump = path.join(dir, "template.tar");
    await writeFile(dump, Buffer.from(await (await migratedPglite()).arrayBuffer()));
    project.provide("embeddedTemplate", dump);
    return () => rm(dir, { recursive: true, force: true });
  }
  project.provide("embeddedTemplate", "");
  const template = await prepareTemplate();
  project.provide("templateDatabase", template);
  return () => disposeTemplate(template);
}

/** An in-memory PGlite prepared as `npm start` prepares the embedded database, dumped. */
async function migratedPglite(): Promise<Blob> {
  const server = await startEmbeddedServer("memory://");
  const saved = { url: process.env.DATABASE_URL, embedded: process.env.EMBEDDED_DATABASE };
  process.env.DATABASE_URL = server.url;
  process.env.EMBEDDED_DATABASE = "1";
  try {
    await prepareDatabase(getPool(), getPrisma());
    await disconnectPrisma();
    await closePool();
    return await server.dump();
  } finally {
    await server.stop();
    restore("DATABASE_URL", saved.url);
    restore("EMBEDDED_DATABASE", saved.embedded);
  }
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
