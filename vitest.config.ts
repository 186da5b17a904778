// Two test projects: pure unit tests, and integration tests against a real PostgreSQL
// (DATABASE_URL's server, or an embedded one started by tests/global-setup.ts).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,prisma,i18n,messages,components,app,tests,scripts}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,prisma,app,tests}/**/*.integration.test.ts"],
          environment: "node",
          globalSetup: ["tests/global-setup.ts"],
          // The tests stand in for one reverse proxy: the X-Forwarded-For they send names the client.
          env: { TRUSTED_PROXY_HOPS: "1" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: run files in parallel, each in its own database.
          maxWorkers: 2,
        },
      },
    ],
  },
});
