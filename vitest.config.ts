import { defineConfig } from "vitest/config";

// `npm test` runs every project: pure units, the database suites against BOTH a real PostgreSQL server and the
// embedded PGlite, fault tests against a throwaway PostgreSQL server they crash, and browser tests in Debian's
// Chromium against a production build.
const database = (name: "postgres" | "embedded") => ({
  test: {
    name: `db:${name}`,
    include: ["tests/integration/**/*.test.ts"],
    env: { TEST_DB: name },
    globalSetup: ["tests/helpers/global-setup-database.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      database("postgres"),
      database("embedded"),
      {
        test: { name: "faults", include: ["tests/faults/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup-app.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
