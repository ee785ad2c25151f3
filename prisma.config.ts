import { defineConfig } from "prisma/config";

// The datasource URL is only needed by Prisma's own CLI (migrate deploy where its engine is available);
// the app connects through lib/db/client.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
